using CourtProcurement.Domain.Courts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CourtProcurement.Application.Courts;

internal sealed class CourtConfiguration : IEntityTypeConfiguration<Court>
{
    public void Configure(EntityTypeBuilder<Court> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(100).IsRequired();
        builder.Property(c => c.ShortCode).HasMaxLength(20).IsRequired();
        builder.Property(c => c.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.TimeZoneId).HasMaxLength(64).IsRequired();
        builder.HasIndex(c => c.ShortCode).IsUnique();
        builder.HasIndex(c => c.ParentCourtId);
        builder.HasOne<Court>().WithMany().HasForeignKey(c => c.ParentCourtId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.PendingStateChanges);
    }
}
