using System.Text.Encodings.Web;
using System.Text.Json;
using CourtProcurement.Application.Data;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Domain.Auditing;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Courts;
using CourtProcurement.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Auditing;

/// <summary>
/// Turns the state changes that tracked entities carry (and queued notes) into hash-chained audit entries,
/// written in the same transaction as the changes themselves (docs/decisions/0003-audit-chain.md).
/// </summary>
internal sealed class AuditTrailWriter(AppDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    private static readonly JsonSerializerOptions DetailsJson = new()
    {
        // Keep Chinese readable in the stored JSON; it is never written into HTML unencoded.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly List<AuditNote> _queued = [];

    public void Queue(AuditNote note) => _queued.Add(note);

    public void DiscardQueued() => _queued.Clear();

    /// <param name="save">The base save, called with "accept all changes" off: changes are accepted only after the commit.</param>
    public async Task<int> SaveWithAuditAsync(Func<bool, Task<int>> save, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        RefuseChangesToTheTrail();
        var changed = db.ChangeTracker.Entries<Entity>()
            .Where(e => e.Entity.PendingStateChanges.Count > 0)
            .Select(e => e.Entity)
            .ToList();
        if (changed.Count == 0 && _queued.Count == 0)
        {
            return await save(acceptAllChangesOnSuccess);
        }

        var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        var appended = new List<AuditEntry>();
        try
        {
            var heads = db.AuditChainHeads.Where(h => h.Id == AuditChainHead.SingletonId);
            // Write first, read second: the update takes the row (or, on SQLite, the database) lock.
            await heads.ExecuteUpdateAsync(s => s.SetProperty(h => h.LockVersion, h => h.LockVersion + 1), cancellationToken);
            var head = await heads.AsNoTracking().SingleAsync(cancellationToken);

            // The clock is read under the lock, so that sequence order and time order agree.
            var records = changed.SelectMany(ToRecords).Concat(_queued.Select(ToRecord)).ToList();
            var (sequence, hash) = (head.LastSequence, head.LastHash);
            foreach (var record in records)
            {
                var entry = AuditEntry.Append(record, sequence, hash);
                appended.Add(entry);
                (sequence, hash) = (entry.Sequence, entry.Hash);
            }

            db.AuditEntries.AddRange(appended);
            var result = await save(false);
            await heads.ExecuteUpdateAsync(
                s => s.SetProperty(h => h.LastSequence, sequence).SetProperty(h => h.LastHash, hash),
                cancellationToken);
            if (ownTransaction is not null)
            {
                // Past this point the work is done: a cancellation must not leave it half-committed.
                await ownTransaction.CommitAsync(CancellationToken.None);
            }

            if (acceptAllChangesOnSuccess)
            {
                db.ChangeTracker.AcceptAllChanges();
            }

            changed.ForEach(e => e.ClearPendingStateChanges());
            _queued.Clear();
            return result;
        }
        catch
        {
            // Nothing was committed: forget the entries, so that a retried save links them afresh;
            // the entities keep their pending changes and states for that retry.
            appended.ForEach(e => db.Entry(e).State = EntityState.Detached);
            throw;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>The trail is append-only: no code path may update or delete an entry or move the head by hand.</summary>
    private void RefuseChangesToTheTrail()
    {
        var tampered = db.ChangeTracker.Entries()
            .Where(e => e.Entity is AuditEntry or AuditChainHead)
            .Any(e => e.State is EntityState.Modified or EntityState.Deleted || (e.Entity is AuditEntry && e.State == EntityState.Added));
        if (tampered)
        {
            throw new InvalidOperationException("The audit trail is append-only and written only by the audit trail writer.");
        }
    }

    private IEnumerable<AuditRecord> ToRecords(Entity entity)
    {
        var courtId = entity switch
        {
            Court court => court.Id,
            ICourtOwned owned => owned.CourtId,
            _ => (Guid?)null,
        };
        var organizationId = entity switch
        {
            Organization organization => organization.Id,
            IOrganizationOwned owned => owned.OrganizationId,
            _ => (Guid?)null,
        };
        return entity.PendingStateChanges.Select(change => ToRecord(new AuditNote(
            change.Action, entity.GetType().Name, entity.Id.ToString("D"), change.FromState, change.ToState,
            change.Details, courtId, organizationId)));
    }

    private AuditRecord ToRecord(AuditNote note) => new(
        clock.GetUtcNow(),
        currentUser.UserId,
        currentUser.UserName,
        note.Action,
        note.EntityType,
        note.EntityId,
        note.FromState,
        note.ToState,
        note.CourtId,
        note.OrganizationId,
        note.Details is null ? null : JsonSerializer.Serialize(note.Details, DetailsJson));
}
