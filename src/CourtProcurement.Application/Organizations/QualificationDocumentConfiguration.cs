using CourtProcurement.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CourtProcurement.Application.Organizations;

internal sealed class QualificationDocumentConfiguration : IEntityTypeConfiguration<QualificationDocument>
{
    public void Configure(EntityTypeBuilder<QualificationDocument> builder)
    {
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.OriginalFileName).HasMaxLength(200).IsRequired();
        builder.Property(d => d.StoredName).HasMaxLength(64).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(50).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(d => d.UploadedByUserId).HasMaxLength(450);
        builder.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.StoredName).IsUnique();
        builder.HasIndex(d => new { d.OrganizationId, d.RemovedAt });
        // The expiry job looks for documents that expire soon and were not yet announced.
        builder.HasIndex(d => new { d.ExpiresOn, d.ExpiryNoticeSentAt });
        builder.Ignore(d => d.PendingStateChanges);
    }
}
