namespace CourtProcurement.Domain.Common;

/// <summary>
/// Base of every aggregate. Keys are client-generated (version-7 GUIDs, time-ordered) so that an audit
/// entry written in the same save as a new entity can already name its id.
/// </summary>
public abstract class Entity
{
    private readonly List<StateChange> _stateChanges = [];

    protected Entity()
    {
        Id = Guid.CreateVersion7();
    }

    public Guid Id { get; protected set; }

    /// <summary>Changes not yet written to the audit trail.</summary>
    public IReadOnlyList<StateChange> PendingStateChanges => _stateChanges;

    public void ClearPendingStateChanges() => _stateChanges.Clear();

    protected void Record(string action, string? fromState, string? toState, IReadOnlyDictionary<string, string?>? details = null)
        => _stateChanges.Add(new StateChange(action, fromState, toState, details));
}
