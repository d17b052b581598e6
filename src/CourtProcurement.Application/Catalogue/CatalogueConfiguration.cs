using CourtProcurement.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CourtProcurement.Application.Catalogue;

internal sealed class ServiceCategoryConfiguration : IEntityTypeConfiguration<ServiceCategory>
{
    public void Configure(EntityTypeBuilder<ServiceCategory> builder)
    {
        builder.ToTable("ServiceCategories");
        builder.Property(c => c.Code).HasMaxLength(50).IsRequired();
        builder.Property(c => c.NameZh).HasMaxLength(100).IsRequired();
        builder.Property(c => c.NameEn).HasMaxLength(100).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Ignore(c => c.PendingStateChanges);
    }
}

internal sealed class CatalogueItemConfiguration : IEntityTypeConfiguration<CatalogueItem>
{
    public void Configure(EntityTypeBuilder<CatalogueItem> builder)
    {
        builder.ToTable("CatalogueItems");
        builder.Property(i => i.Code).HasMaxLength(50).IsRequired();
        builder.HasIndex(i => i.Code).IsUnique();
        builder.HasIndex(i => i.CategoryId);
        builder.HasOne<ServiceCategory>().WithMany().HasForeignKey(i => i.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Versions).WithOne().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(i => i.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(i => i.LatestVersion);
        builder.Ignore(i => i.PendingStateChanges);
    }
}

internal sealed class CatalogueItemVersionConfiguration : IEntityTypeConfiguration<CatalogueItemVersion>
{
    public void Configure(EntityTypeBuilder<CatalogueItemVersion> builder)
    {
        builder.ToTable("CatalogueItemVersions");
        builder.HasIndex(v => new { v.ItemId, v.Number }).IsUnique();
        builder.Property(v => v.NameZh).HasMaxLength(100).IsRequired();
        builder.Property(v => v.NameEn).HasMaxLength(100).IsRequired();
        builder.Property(v => v.Description).HasMaxLength(2000);
        builder.Property(v => v.Unit).HasConversion<string>().HasMaxLength(30);
        builder.PrimitiveCollection<List<QualificationKind>>("_requiredQualifications")
            .HasColumnName("RequiredQualifications")
            .ElementType(e => e.HasConversion<string>());
        builder.Ignore(v => v.RequiredQualifications);
        // KPIs belong to their version and never change: kept as JSON beside it.
        builder.OwnsMany<Kpi>("_kpis", kpi =>
        {
            kpi.ToJson("Kpis");
            kpi.Property(k => k.Name).HasMaxLength(100);
            kpi.Property(k => k.Metric).HasConversion<string>();
            kpi.Property(k => k.Direction).HasConversion<string>();
        });
        builder.Ignore(v => v.Kpis);
        builder.Ignore(v => v.Terms);
        builder.Ignore(v => v.PendingStateChanges);
    }
}
