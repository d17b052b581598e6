namespace CourtProcurement.Application.Tenancy;

/// <summary>
/// Who is acting, resolved once per request (or a named system actor for start-up and jobs). The tenant
/// query filters of <see cref="Data.AppDbContext"/> read it (docs/decisions/0004-tenant-isolation.md).
/// </summary>
public interface ICurrentUser
{
    string? UserId { get; }

    string? UserName { get; }

    Guid? CourtId { get; }

    Guid? OrganizationId { get; }

    bool IsPlatformAdmin { get; }

    /// <summary>The application itself (start-up, seeding, scheduled jobs): not narrowed to a tenant.</summary>
    bool IsSystem { get; }
}

/// <summary>The application acting on its own behalf.</summary>
public sealed class SystemActor : ICurrentUser
{
    public static readonly SystemActor Instance = new();

    public string? UserId => null;

    public string? UserName => "system";

    public Guid? CourtId => null;

    public Guid? OrganizationId => null;

    public bool IsPlatformAdmin => false;

    public bool IsSystem => true;
}
