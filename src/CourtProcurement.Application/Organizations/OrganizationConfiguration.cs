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
        builder.Property(o => o.LegalForm).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.LegalRepresentative).HasMaxLength(50).IsRequired();
        builder.Property(o => o.ContactPerson).HasMaxLength(50).IsRequired();
        builder.Property(o => o.ContactPhone).HasMaxLength(30).IsRequired();
        builder.Property(o => o.ContactEmail).HasMaxLength(256).IsRequired();
        builder.Property(o => o.Address).HasMaxLength(300).IsRequired();
        builder.PrimitiveCollection<List<string>>("_regions").HasColumnName("Regions");
        builder.PrimitiveCollection<List<Guid>>("_categoryIds").HasColumnName("CategoryIds");
        builder.Ignore(o => o.Regions);
        builder.Ignore(o => o.CategoryIds);
        builder.Ignore(o => o.Profile);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => o.CreditCode).IsUnique();
        builder.HasIndex(o => o.Status);
        builder.Ignore(o => o.PendingStateChanges);
        builder.Ignore(o => o.MayTakeNewWork);
    }
}
