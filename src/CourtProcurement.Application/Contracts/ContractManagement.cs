using System.Globalization;
using CourtProcurement.Application.Calendar;
using CourtProcurement.Application.Data;
using CourtProcurement.Application.Notifications;
using CourtProcurement.Application.Procurement;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Contracts;
using CourtProcurement.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Contracts;

/// <summary>
/// Contracts from award to close: the buyer court drafts one from an award once challenges allow, the
/// organization signs it, and the buyer suspends, resumes, completes or terminates it and lets other courts
/// join a framework agreement.
/// </summary>
public sealed class ContractManagement(AppDbContext db, ICurrentUser currentUser, ProcurementRules rules, PlatformCalendar calendar, Notifier notifier,
    Files.IFileStore files, TimeProvider clock)
{
    public const long MaxTextBytes = 20 * 1024 * 1024;

    private Guid CourtId => currentUser.CourtId ?? throw new DomainException("Common.NotFound");

    /// <summary>The terms a draft starts from: the award spread over the quantity, and the need's service period.</summary>
    public async Task<ContractTerms> ProposedTermsAsync(Guid needId, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(needId, cancellationToken);
        var price = await db.Bids.Where(b => b.Id == need.AwardedBidId).Select(b => b.Price).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("Readiness.NotAwarded");
        return new ContractTerms(Math.Floor(price / need.Quantity * 100m) / 100m, need.ServiceStart, need.ServiceEnd, false);
    }

    public async Task<Guid> DraftAsync(Guid needId, ContractTerms terms, CancellationToken cancellationToken = default)
    {
        var need = await db.NeedAsync(needId, cancellationToken);
        if (await db.Contracts.AnyAsync(c => c.NeedId == needId, cancellationToken))
        {
            throw new DomainException("Contract.AlreadyDrawn");
        }

        var awarded = await db.Bids.SingleOrDefaultAsync(b => b.Id == need.AwardedBidId, cancellationToken) ?? throw new DomainException("Readiness.NotAwarded");
        var now = clock.GetUtcNow();
        var challenges = await db.Challenges.Where(c => c.NeedId == needId).ToListAsync(cancellationToken);
        var blocker = ContractReadiness.Blocker(need, challenges, now, rules, await calendar.WorkingDaysAsync(cancellationToken));
        var itemName = await db.CatalogueItemVersions.Where(v => v.Id == need.CatalogueItemVersionId).Select(v => v.NameZh).SingleAsync(cancellationToken);
        var contract = Contract.Draft(need, awarded, blocker, await NextNumberAsync(cancellationToken), itemName, terms, now);
        db.Contracts.Add(contract);
        await notifier.NotifyOrganizationAsync(contract.OrganizationId, "Notice.ContractToSign", [contract.Number, contract.Title], $"/MyContracts/{contract.Id}", cancellationToken);
        await db.SaveOrRefuseAsync(cancellationToken);
        return contract.Id;
    }

    /// <summary>The organization signs its pending contract.</summary>
    public async Task SignAsync(Guid contractId, CancellationToken cancellationToken = default)
    {
        var organizationId = currentUser.OrganizationId ?? throw new DomainException("Common.NotFound");
        var contract = await db.Contracts.Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == contractId && c.OrganizationId == organizationId, cancellationToken)
            ?? throw new DomainException("Common.NotFound");
        contract.Sign(clock.GetUtcNow());
        await notifier.NotifyCourtAdministratorsAsync(contract.CourtId, "Notice.ContractSigned", [contract.Number, contract.Title], $"/Contracts/{contract.Id}", cancellationToken);
        await db.SaveOrRefuseAsync(cancellationToken);
    }

    public Task SuspendAsync(Guid contractId, string reason, CancellationToken cancellationToken = default)
        => ChangeAsync(contractId, c => { c.Suspend(reason); return Task.CompletedTask; }, "Notice.ContractSuspended", cancellationToken);

    public Task ResumeAsync(Guid contractId, CancellationToken cancellationToken = default)
        => ChangeAsync(contractId, c => { c.Resume(); return Task.CompletedTask; }, "Notice.ContractResumed", cancellationToken);

    /// <summary>Ends the contract; work not yet delivered is cancelled with the same reasons (delivered work may still be checked).</summary>
    public Task TerminateAsync(Guid contractId, string reason, CancellationToken cancellationToken = default)
        => ChangeAsync(contractId, async c =>
        {
            var now = clock.GetUtcNow();
            c.Terminate(reason, now);
            var open = await db.WorkOrders.IgnoreQueryFilters([TenantQueryFilters.Name])
                .Where(w => w.ContractId == c.Id && (w.Status == WorkOrderStatus.Issued || w.Status == WorkOrderStatus.Accepted)).ToListAsync(cancellationToken);
            open.ForEach(w => w.Cancel(reason, now));
        }, "Notice.ContractTerminated", cancellationToken);

    /// <summary>Completes the contract once no work order is still open.</summary>
    public Task CompleteAsync(Guid contractId, CancellationToken cancellationToken = default)
        => ChangeAsync(contractId, async c =>
        {
            var orders = await db.WorkOrders.IgnoreQueryFilters([TenantQueryFilters.Name]).Where(w => w.ContractId == c.Id).ToListAsync(cancellationToken);
            if (orders.Any(w => w.Status is WorkOrderStatus.Issued or WorkOrderStatus.Accepted or WorkOrderStatus.Delivered))
            {
                throw new DomainException("Contract.OpenWorkOrders");
            }

            c.Complete(clock.GetUtcNow(), orders.Where(w => w.Commits).Sum(w => w.Quantity) >= c.Quantity);
        }, "Notice.ContractCompleted", cancellationToken);

    /// <summary>The buyer attaches the signed text (PDF or image, checked by content); a failed save leaves no stray file.</summary>
    public async Task AttachTextAsync(Guid contractId, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        var contract = await db.Contracts.Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == contractId && c.CourtId == CourtId, cancellationToken)
            ?? throw new DomainException("Common.NotFound");
        var (stored, contentType) = await Files.CheckedUpload.SaveAsync(files, content, MaxTextBytes, "Contract.TextTooLarge", cancellationToken);
        string? replaced;
        try
        {
            replaced = contract.AttachText(stored.StoredName, fileName, contentType, clock.GetUtcNow());
            await db.SaveOrRefuseAsync(cancellationToken);
        }
        catch
        {
            await files.DeleteAsync(stored.StoredName, CancellationToken.None);
            throw;
        }

        if (replaced is not null)
        {
            await files.DeleteAsync(replaced, CancellationToken.None);
        }
    }

    /// <summary>Another court joins a framework agreement; its administrators are told.</summary>
    public async Task AddMemberAsync(Guid contractId, Guid memberCourtId, CancellationToken cancellationToken = default)
    {
        if (!await db.Courts.AnyAsync(c => c.Id == memberCourtId, cancellationToken))
        {
            throw new DomainException("Contract.MemberCourtRequired");
        }

        await ChangeAsync(contractId, c => { c.AddMember(memberCourtId, clock.GetUtcNow()); return Task.CompletedTask; }, null, cancellationToken);
    }

    /// <summary>A change by the buyer court (a member court may call work off, not manage the contract).</summary>
    private async Task ChangeAsync(Guid contractId, Func<Contract, Task> change, string? organizationNotice, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == contractId && c.CourtId == CourtId, cancellationToken)
            ?? throw new DomainException("Common.NotFound");
        var membersBefore = contract.Members.Select(m => m.CourtId).ToHashSet();
        await change(contract);
        if (organizationNotice is not null)
        {
            await notifier.NotifyOrganizationAsync(contract.OrganizationId, organizationNotice, [contract.Number, contract.Title], $"/MyContracts/{contract.Id}", cancellationToken);
            // Member courts call work off the agreement: they hear of its suspension or end as the supplier does.
            foreach (var member in contract.Members.Where(m => membersBefore.Contains(m.CourtId)))
            {
                await notifier.NotifyCourtAdministratorsAsync(member.CourtId, organizationNotice, [contract.Number, contract.Title], $"/Contracts/{contract.Id}", cancellationToken);
            }
        }

        foreach (var joined in contract.Members.Where(m => !membersBefore.Contains(m.CourtId)))
        {
            await notifier.NotifyCourtAdministratorsAsync(joined.CourtId, "Notice.FrameworkJoined", [contract.Number, contract.Title], $"/Contracts/{contract.Id}", cancellationToken);
        }

        await db.SaveOrRefuseAsync(cancellationToken);
    }

    /// <summary>The court's next contract number this year, e.g. 粤0309-HT-2026-001; the unique index catches a race.</summary>
    private async Task<string> NextNumberAsync(CancellationToken cancellationToken)
    {
        var court = await db.Courts.AsNoTracking().SingleAsync(c => c.Id == CourtId, cancellationToken);
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{court.ShortCode}-HT-{ChinaTime.Today(clock.GetUtcNow()).Year}-");
        var taken = await db.Contracts.Where(c => c.CourtId == court.Id && c.Number.StartsWith(prefix)).Select(c => c.Number).ToListAsync(cancellationToken);
        var last = taken.Select(n => int.TryParse(n.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : 0).DefaultIfEmpty(0).Max();
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{last + 1:000}");
    }
}
