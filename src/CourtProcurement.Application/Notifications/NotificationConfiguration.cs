using CourtProcurement.Application.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CourtProcurement.Application.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.UserId).HasMaxLength(450).IsRequired();
        builder.Property(n => n.MessageKey).HasMaxLength(100).IsRequired();
        builder.Property(n => n.Arguments).HasMaxLength(4000);
        builder.Property(n => n.Link).HasMaxLength(500);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        // The inbox and the unread badge read by user; the mailer reads what is not yet e-mailed.
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => n.EmailedAt);
    }
}
