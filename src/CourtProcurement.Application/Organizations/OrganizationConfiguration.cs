using CourtProcurement.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CourtProcurement.Application.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200).IsRequired();
        builder.Property(o => o.CreditCode).HasMaxLength(18).IsFixedLength().IsRequired();
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.ReturnReason).HasMaxLength(2000);
        builder.HasIndex(o => o.CreditCode).IsUnique();
        builder.HasIndex(o => o.Status);
        builder.Ignore(o => o.PendingStateChanges);
        builder.Ignore(o => o.MayTakeNewWork);
    }
}
