namespace CourtProcurement.Application.Auditing;

/// <summary>An audit entry to write that no domain entity carries (security events, for instance).</summary>
public sealed record AuditNote(
    string Action,
    string EntityType,
    string EntityId,
    string? FromState = null,
    string? ToState = null,
    IReadOnlyDictionary<string, string?>? Details = null,
    Guid? CourtId = null,
    Guid? OrganizationId = null);
