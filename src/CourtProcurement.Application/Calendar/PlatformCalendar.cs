using CourtProcurement.Application.Data;
using CourtProcurement.Domain.Calendar;
using CourtProcurement.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CourtProcurement.Application.Calendar;

public sealed record CalendarDayRow(Guid Id, DateOnly Date, CalendarDayKind Kind, string Name);

/// <summary>The platform calendar of public holidays and adjusted working days, kept per year by platform administrators.</summary>
public sealed class PlatformCalendar(AppDbContext db)
{
    public async Task<IReadOnlyList<CalendarDayRow>> YearAsync(int year, CancellationToken cancellationToken = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return await db.Set<CalendarDay>().AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date)
            .Select(d => new CalendarDayRow(d.Id, d.Date, d.Kind, d.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The whole calendar, for working-day arithmetic.</summary>
    public async Task<WorkingDayCalendar> WorkingDaysAsync(CancellationToken cancellationToken = default)
        => new(await db.Set<CalendarDay>().AsNoTracking().ToListAsync(cancellationToken));

    public async Task AddAsync(DateOnly date, CalendarDayKind kind, string name, CancellationToken cancellationToken = default)
    {
        var day = CalendarDay.Create(date, kind, name);
        if (await db.Set<CalendarDay>().AnyAsync(d => d.Date == date, cancellationToken))
        {
            throw new DomainException("Calendar.DateTaken");
        }

        db.Add(day);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new DomainException("Calendar.DateTaken");
        }
    }

    public async Task RemoveAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var day = await db.Set<CalendarDay>().SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new DomainException("Common.NotFound");
        day.MarkRemoved();
        db.Remove(day);
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("CalendarDays");
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Name).HasMaxLength(50).IsRequired();
        builder.HasIndex(d => d.Date).IsUnique();
        builder.Ignore(d => d.PendingStateChanges);
    }
}
