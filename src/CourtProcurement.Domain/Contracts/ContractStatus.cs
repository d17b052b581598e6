namespace CourtProcurement.Domain.Contracts;

/// <summary>合同状态: pending (drafted, awaiting the organization's signature) ─▶ active ─▶ completed | terminated | suspended.</summary>
public enum ContractStatus
{
    Pending = 1,
    Active = 2,
    Suspended = 3,
    Completed = 4,
    Terminated = 5,
}
