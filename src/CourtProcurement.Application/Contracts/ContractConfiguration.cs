using CourtProcurement.Domain.Contracts;
using CourtProcurement.Domain.Procurement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CourtProcurement.Application.Contracts;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>, IEntityTypeConfiguration<FrameworkMember>, IEntityTypeConfiguration<WorkOrder>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.ToTable("Contracts");
        // One contract per award: a double click cannot draw two.
        builder.HasIndex(c => c.NeedId).IsUnique();
        builder.HasIndex(c => new { c.CourtId, c.Number }).IsUnique();
        builder.HasIndex(c => c.OrganizationId);
        builder.Property(c => c.Number).HasMaxLength(40).IsRequired();
        builder.Property(c => c.Title).HasMaxLength(400).IsRequired();
        builder.Property(c => c.Unit).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Reason).HasMaxLength(Contract.ReasonMaxLength);
        builder.Property(c => c.TextFileKey).HasMaxLength(100);
        builder.Property(c => c.TextFileName).HasMaxLength(200);
        builder.Property(c => c.TextContentType).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<ServiceNeed>().WithMany().HasForeignKey(c => c.NeedId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.ContractId);
        builder.Navigation(c => c.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(c => c.IsClosed);
        builder.Ignore(c => c.PendingStateChanges);
    }

    public void Configure(EntityTypeBuilder<FrameworkMember> builder)
    {
        builder.ToTable("FrameworkMembers");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasIndex(m => new { m.ContractId, m.CourtId }).IsUnique();
        builder.HasIndex(m => m.CourtId);
    }

    public void Configure(EntityTypeBuilder<WorkOrder> builder)
    {
        builder.ToTable("WorkOrders");
        builder.HasIndex(w => new { w.ContractId, w.Status });
        builder.HasIndex(w => w.CourtId);
        builder.HasIndex(w => w.OrganizationId);
        builder.Property(w => w.CaseNumber).HasMaxLength(60).IsRequired();
        builder.Property(w => w.Description).HasMaxLength(WorkOrder.TextMaxLength).IsRequired();
        builder.Property(w => w.Note).HasMaxLength(WorkOrder.TextMaxLength);
        builder.Property(w => w.IssuedByUserId).HasMaxLength(450);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasOne<Contract>().WithMany().HasForeignKey(w => w.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(w => w.Commits);
        builder.Ignore(w => w.PendingStateChanges);
    }
}
