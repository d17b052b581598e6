using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Courts;
using CourtProcurement.Domain.Procurement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CourtProcurement.Application.Procurement;

internal sealed class ServiceNeedConfiguration : IEntityTypeConfiguration<ServiceNeed>
{
    public void Configure(EntityTypeBuilder<ServiceNeed> builder)
    {
        builder.ToTable("ServiceNeeds");
        builder.HasIndex(n => new { n.CourtId, n.Number }).IsUnique();
        builder.HasIndex(n => new { n.Status, n.BidDeadline });
        // The public notice list: newest first, filtered by court or status.
        builder.HasIndex(n => n.PublishedAt);
        builder.HasIndex(n => new { n.CourtId, n.PublishedAt });
        // The public list filtered by status, newest first: its count and its page both read this index alone.
        builder.HasIndex(n => new { n.Status, n.PublishedAt });
        builder.Property(n => n.Number).HasMaxLength(40).IsRequired();
        builder.Property(n => n.Title).HasMaxLength(200).IsRequired();
        builder.Property(n => n.Description).HasMaxLength(4000).IsRequired();
        builder.Property(n => n.Place).HasMaxLength(200).IsRequired();
        builder.Property(n => n.QualificationNotes).HasMaxLength(2000);
        builder.Property(n => n.SingleSourceJustification).HasMaxLength(4000);
        builder.Property(n => n.ClosingReason).HasMaxLength(2000);
        builder.Property(n => n.AwardReason).HasMaxLength(2000);
        builder.Property(n => n.SuspensionReason).HasMaxLength(2000);
        builder.Property(n => n.Unit).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.Method).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.EvaluationMethod).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.PrimitiveCollection<List<Guid>>("_invitedOrganizationIds").HasColumnName("InvitedOrganizationIds");
        builder.PrimitiveCollection<List<QualificationKind>>("_requiredQualifications")
            .HasColumnName("RequiredQualifications")
            .ElementType(e => e.HasConversion<string>());
        // The criteria belong to the need and change only with it: kept as JSON beside it.
        builder.OwnsMany<TechnicalCriterion>("_criteria", criterion =>
        {
            criterion.ToJson("Criteria");
            criterion.Property(c => c.Name).HasMaxLength(100);
        });
        builder.HasOne<Court>().WithMany().HasForeignKey(n => n.CourtId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CatalogueItemVersion>().WithMany().HasForeignKey(n => n.CatalogueItemVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Clarifications).WithOne().HasForeignKey(c => c.NeedId);
        builder.HasMany(n => n.Amendments).WithOne().HasForeignKey(a => a.NeedId);
        builder.HasMany(n => n.OpeningConfirmations).WithOne().HasForeignKey(c => c.NeedId);
        builder.HasMany(n => n.Panel).WithOne().HasForeignKey(m => m.NeedId);
        builder.HasMany(n => n.Documents).WithOne().HasForeignKey(d => d.NeedId);
        foreach (var navigation in new[] { nameof(ServiceNeed.Clarifications), nameof(ServiceNeed.Amendments), nameof(ServiceNeed.OpeningConfirmations), nameof(ServiceNeed.Panel), nameof(ServiceNeed.Documents) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }

        builder.Ignore(n => n.IsFinalOfferRoundOpen);
        builder.Ignore(n => n.InvitedOrganizationIds);
        builder.Ignore(n => n.RequiredQualifications);
        builder.Ignore(n => n.Criteria);
        builder.Ignore(n => n.Terms);
        builder.Ignore(n => n.PendingStateChanges);
    }
}

internal sealed class NeedChildrenConfiguration :
    IEntityTypeConfiguration<Clarification>, IEntityTypeConfiguration<Amendment>, IEntityTypeConfiguration<OpeningConfirmation>, IEntityTypeConfiguration<PanelMember>,
    IEntityTypeConfiguration<NeedDocument>
{
    public void Configure(EntityTypeBuilder<NeedDocument> builder)
    {
        builder.ToTable("NeedDocuments");
        builder.Property(d => d.FileKey).HasMaxLength(100).IsRequired();
        builder.Property(d => d.FileName).HasMaxLength(200).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(100).IsRequired();
        builder.Ignore(d => d.PendingStateChanges);
    }

    public void Configure(EntityTypeBuilder<Clarification> builder)
    {
        builder.ToTable("Clarifications");
        builder.Property(c => c.Question).HasMaxLength(2000).IsRequired();
        builder.Property(c => c.Answer).HasMaxLength(4000);
        builder.Ignore(c => c.PendingStateChanges);
    }

    public void Configure(EntityTypeBuilder<Amendment> builder)
    {
        builder.ToTable("Amendments");
        builder.Property(a => a.Summary).HasMaxLength(4000).IsRequired();
        builder.Ignore(a => a.PendingStateChanges);
    }

    public void Configure(EntityTypeBuilder<OpeningConfirmation> builder)
    {
        builder.ToTable("OpeningConfirmations");
        builder.Property(c => c.UserId).HasMaxLength(450).IsRequired();
        builder.Property(c => c.UserName).HasMaxLength(256).IsRequired();
        builder.HasIndex(c => new { c.NeedId, c.UserId }).IsUnique();
        builder.Ignore(c => c.PendingStateChanges);
    }

    public void Configure(EntityTypeBuilder<PanelMember> builder)
    {
        builder.ToTable("PanelMembers");
        builder.Property(m => m.UserId).HasMaxLength(450).IsRequired();
        builder.Property(m => m.DisplayName).HasMaxLength(256).IsRequired();
        builder.HasIndex(m => new { m.NeedId, m.UserId }).IsUnique();
        builder.Ignore(m => m.HasDeclared);
        builder.Ignore(m => m.PendingStateChanges);
    }
}

internal sealed class BidConfiguration : IEntityTypeConfiguration<Bid>, IEntityTypeConfiguration<BidDocument>
{
    public void Configure(EntityTypeBuilder<Bid> builder)
    {
        builder.ToTable("Bids");
        // One bid per organization and need: a double submission cannot make two.
        builder.HasIndex(b => new { b.NeedId, b.OrganizationId }).IsUnique();
        builder.HasIndex(b => b.OrganizationId);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Proposal).HasMaxLength(8000);
        builder.Property(b => b.DisqualificationReason).HasMaxLength(2000);
        builder.Property(b => b.PriceScore).HasPrecision(9, 2);
        builder.Property(b => b.TechnicalScore).HasPrecision(9, 2);
        builder.Property(b => b.TotalScore).HasPrecision(9, 2);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasOne<ServiceNeed>().WithMany().HasForeignKey(b => b.NeedId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Documents).WithOne().HasForeignKey(d => d.BidId);
        builder.Navigation(b => b.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(b => b.IsSealed);
        builder.Ignore(b => b.PendingStateChanges);
    }

    public void Configure(EntityTypeBuilder<BidDocument> builder)
    {
        builder.ToTable("BidDocuments");
        builder.Property(d => d.FileKey).HasMaxLength(100).IsRequired();
        builder.Property(d => d.FileName).HasMaxLength(200).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(100).IsRequired();
        builder.Ignore(d => d.PendingStateChanges);
    }
}

internal sealed class ScoreSheetConfiguration : IEntityTypeConfiguration<ScoreSheet>
{
    public void Configure(EntityTypeBuilder<ScoreSheet> builder)
    {
        builder.ToTable("ScoreSheets");
        builder.HasIndex(s => new { s.NeedId, s.MemberUserId }).IsUnique();
        builder.Property(s => s.MemberUserId).HasMaxLength(450).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.OwnsMany<ScoreEntry>("_entries", entry =>
        {
            entry.ToJson("Entries");
            entry.Property(e => e.Score).HasPrecision(9, 2);
        });
        builder.HasOne<ServiceNeed>().WithMany().HasForeignKey(s => s.NeedId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(s => s.Entries);
        builder.Ignore(s => s.Totals);
        builder.Ignore(s => s.IsSubmitted);
        builder.Ignore(s => s.PendingStateChanges);
    }
}

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>
{
    public void Configure(EntityTypeBuilder<Challenge> builder)
    {
        builder.ToTable("Challenges");
        builder.HasIndex(c => c.NeedId);
        builder.HasIndex(c => c.ComplaintStatus);
        builder.Property(c => c.Reasons).HasMaxLength(4000).IsRequired();
        builder.Property(c => c.Answer).HasMaxLength(4000);
        builder.Property(c => c.ComplaintReasons).HasMaxLength(4000);
        builder.Property(c => c.ComplaintDecision).HasMaxLength(4000);
        builder.Property(c => c.DocumentKey).HasMaxLength(100);
        builder.Property(c => c.DocumentName).HasMaxLength(200);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Remedy).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.ComplaintStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<ServiceNeed>().WithMany().HasForeignKey(c => c.NeedId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.IsPending);
        builder.Ignore(c => c.PendingStateChanges);
    }
}
