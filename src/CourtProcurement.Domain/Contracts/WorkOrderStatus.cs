namespace CourtProcurement.Domain.Contracts;

/// <summary>服务工单状态: issued ─▶ accepted ─▶ delivered ─▶ verified | rejected; cancelled by the court before delivery.</summary>
public enum WorkOrderStatus
{
    Issued = 1,
    Accepted = 2,
    Delivered = 3,
    Verified = 4,
    Rejected = 5,
    Cancelled = 6,
}
