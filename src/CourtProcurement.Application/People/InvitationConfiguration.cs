using CourtProcurement.Domain.Courts;
using CourtProcurement.Domain.Organizations;
using CourtProcurement.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CourtProcurement.Application.People;

internal static class InvitationColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> builder)
        where T : Invitation
    {
        builder.Property(i => i.Email).HasMaxLength(256).IsRequired();
        builder.Property(i => i.DisplayName).HasMaxLength(100).IsRequired();
        builder.Property(i => i.Role).HasMaxLength(30).IsRequired();
        builder.Property(i => i.TokenHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(i => i.InvitedByUserId).HasMaxLength(450);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.Ignore(i => i.PendingStateChanges);
    }
}

internal sealed class CourtInvitationConfiguration : IEntityTypeConfiguration<CourtInvitation>
{
    public void Configure(EntityTypeBuilder<CourtInvitation> builder)
    {
        InvitationColumns.Configure(builder);
        builder.HasOne<Court>().WithMany().HasForeignKey(i => i.CourtId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.CourtId);
    }
}

internal sealed class OrganizationInvitationConfiguration : IEntityTypeConfiguration<OrganizationInvitation>
{
    public void Configure(EntityTypeBuilder<OrganizationInvitation> builder)
    {
        InvitationColumns.Configure(builder);
        builder.HasOne<Organization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.OrganizationId);
    }
}
