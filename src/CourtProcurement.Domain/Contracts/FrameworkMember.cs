namespace CourtProcurement.Domain.Contracts;

/// <summary>A court that joined a framework agreement and may call work off it (shared on purpose across courts).</summary>
public sealed class FrameworkMember
{
    private FrameworkMember()
    {
    }

    public Guid Id { get; private set; }

    public Guid ContractId { get; private set; }

    public Guid CourtId { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }

    internal static FrameworkMember Join(Guid contractId, Guid courtId, DateTimeOffset now)
        => new() { Id = Guid.CreateVersion7(), ContractId = contractId, CourtId = courtId, JoinedAt = now };
}
