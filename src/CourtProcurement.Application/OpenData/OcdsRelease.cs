using CourtProcurement.Domain.Procurement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CourtProcurement.Application.OpenData;

/// <summary>
/// One OCDS release: a snapshot of what was public about a procurement at one state change, written in the
/// same save as the change (docs/decisions/0010-open-data.md). Identifiers (ocid, release id) are added when
/// served, so that the configured OCID prefix can change without rewriting history.
/// </summary>
public sealed class OcdsRelease
{
    private OcdsRelease()
    {
        Tags = string.Empty;
        Content = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid NeedId { get; private set; }

    public Guid CourtId { get; private set; }

    public DateTimeOffset Date { get; private set; }

    /// <summary>The release tags, comma-separated (from the closed releaseTag codelist).</summary>
    public string Tags { get; private set; }

    /// <summary>The release as JSON, without ocid and id.</summary>
    public string Content { get; private set; }

    internal static OcdsRelease Create(ServiceNeed need, DateTimeOffset date, IReadOnlyList<string> tags, string content) => new()
    {
        Id = Guid.CreateVersion7(),
        NeedId = need.Id,
        CourtId = need.CourtId,
        Date = date,
        Tags = string.Join(',', tags),
        Content = content,
    };
}

internal sealed class OcdsReleaseConfiguration : IEntityTypeConfiguration<OcdsRelease>
{
    public void Configure(EntityTypeBuilder<OcdsRelease> builder)
    {
        builder.ToTable("OcdsReleases");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Tags).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Content).IsRequired();
        builder.HasIndex(r => new { r.Date, r.Id });
        builder.HasIndex(r => r.NeedId);
        builder.HasOne<ServiceNeed>().WithMany().HasForeignKey(r => r.NeedId).OnDelete(DeleteBehavior.Restrict);
    }
}
