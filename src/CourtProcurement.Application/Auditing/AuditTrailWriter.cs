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

    public async Task<int> SaveWithAuditAsync(Func<Task<int>> save, CancellationToken cancellationToken)
    {
        var changed = db.ChangeTracker.Entries<Entity>()
            .Where(e => e.Entity.PendingStateChanges.Count > 0)
            .Select(e => e.Entity)
            .ToList();
        var records = changed.SelectMany(ToRecords).Concat(_queued.Select(ToRecord)).ToList();
        if (records.Count == 0)
        {
            return await save();
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

            var (sequence, hash) = (head.LastSequence, head.LastHash);
            foreach (var record in records)
            {
                var entry = AuditEntry.Append(record, sequence, hash);
                appended.Add(entry);
                (sequence, hash) = (entry.Sequence, entry.Hash);
            }

            db.AuditEntries.AddRange(appended);
            var result = await save();
            await heads.ExecuteUpdateAsync(
                s => s.SetProperty(h => h.LastSequence, sequence).SetProperty(h => h.LastHash, hash),
                cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            changed.ForEach(e => e.ClearPendingStateChanges());
            _queued.Clear();
            return result;
        }
        catch
        {
            // Nothing was written: forget the entries so that a retried save links them afresh.
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
