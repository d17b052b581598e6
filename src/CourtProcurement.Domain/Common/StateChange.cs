namespace CourtProcurement.Domain.Common;

/// <summary>
/// A state change a domain method made, waiting to become an audit entry in the same save as the change.
/// </summary>
public sealed record StateChange(
    string Action,
    string? FromState,
    string? ToState,
    IReadOnlyDictionary<string, string?>? Details = null);
