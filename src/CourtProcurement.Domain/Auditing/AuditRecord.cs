namespace CourtProcurement.Domain.Auditing;

/// <summary>What an audit entry says: who did what to which record, from which state to which.</summary>
public sealed record AuditRecord(
    DateTimeOffset OccurredAt,
    string? ActorUserId,
    string? ActorName,
    string Action,
    string EntityType,
    string EntityId,
    string? FromState,
    string? ToState,
    Guid? CourtId,
    Guid? OrganizationId,
    string? Details);
