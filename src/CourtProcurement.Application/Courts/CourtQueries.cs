using CourtProcurement.Application.Data;
using CourtProcurement.Application.Identity;
using CourtProcurement.Domain.Courts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Courts;

public sealed record CourtRow(Guid Id, string Name, string ShortCode, CourtLevel Level, Guid? ParentCourtId, int StaffCount);

public sealed record CourtPersonRow(string UserName, string DisplayName, string? Email, IReadOnlyList<string> Roles, bool IsActive, bool TwoFactorEnabled);

/// <summary>Reads about courts. Courts themselves are shared platform-wide; their people are not.</summary>
public sealed class CourtQueries(AppDbContext db)
{
    public Task<Court?> FindAsync(Guid id, CancellationToken cancellationToken = default)
        => db.Courts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>The whole hierarchy, highest level first. Shared: every court's name and code is public.</summary>
    public async Task<IReadOnlyList<CourtRow>> HierarchyAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Courts.AsNoTracking()
            .Select(c => new CourtRow(c.Id, c.Name, c.ShortCode, c.Level, c.ParentCourtId, db.Users.Count(u => u.CourtId == c.Id)))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Level).ThenBy(r => r.ShortCode, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The people of one court. The caller must have authorized <c>CourtOperations.ViewInternals</c> on the
    /// court first: Identity's tables carry no tenant filter (docs/decisions/0004-tenant-isolation.md).
    /// </summary>
    public async Task<IReadOnlyList<CourtPersonRow>> PeopleAsync(Guid courtId, CancellationToken cancellationToken = default)
    {
        var people = await db.Users.AsNoTracking()
            .Where(u => u.CourtId == courtId)
            .OrderBy(u => u.UserName)
            .Select(u => new
            {
                u.UserName,
                u.DisplayName,
                u.Email,
                u.IsActive,
                u.TwoFactorEnabled,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. people.Select(p => new CourtPersonRow(p.UserName!, p.DisplayName, p.Email,
            [.. p.Roles.OfType<string>()], p.IsActive, p.TwoFactorEnabled))];
    }
}
