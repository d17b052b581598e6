using CourtProcurement.Domain.Courts;
using CourtProcurement.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CourtProcurement.Application.Identity;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100).IsRequired();
        builder.HasOne<Court>().WithMany().HasForeignKey(u => u.CourtId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.CourtId);
        builder.HasIndex(u => u.OrganizationId);
        // A user belongs to a court or to an organization, never to both.
        builder.ToTable(t => t.HasCheckConstraint("CK_AspNetUsers_OneTenant", "NOT (\"CourtId\" IS NOT NULL AND \"OrganizationId\" IS NOT NULL)"));
    }
}
