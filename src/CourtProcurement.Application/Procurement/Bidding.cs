using CourtProcurement.Application.Data;
using CourtProcurement.Application.Files;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Organizations;
using CourtProcurement.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Procurement;

public sealed record BidDocumentRow(Guid Id, string FileName, string ContentType, long Length, DateTimeOffset UploadedAt);

/// <summary>The organization's own bid, unsealed for it alone.</summary>
public sealed record OwnBid(Guid Id, BidStatus Status, decimal? Price, string? Proposal, DateTimeOffset? SubmittedAt, Guid Version,
    IReadOnlyList<BidDocumentRow> Documents, decimal? PriceScore, decimal? TechnicalScore, decimal? TotalScore, int? Rank, string? DisqualificationReason)
{
    /// <summary>The final offer sent in the open round, unsealed for the organization itself.</summary>
    public decimal? PendingFinalOffer { get; init; }
}

/// <summary>Why an organization may not bid on a need (empty when it may).</summary>
public sealed record Eligibility(IReadOnlyList<string> Refusals, IReadOnlyList<QualificationKind> MissingQualifications)
{
    public bool MayBid => Refusals.Count == 0;
}

/// <summary>
/// An organization's members bid: draft, attach documents, submit, withdraw and resubmit until the deadline.
/// Every price and document is sealed before it is stored (<see cref="BidSeal"/>); the server's clock decides.
/// </summary>
public sealed class Bidding(AppDbContext db, ICurrentUser currentUser, BidSeal seal, IFileStore files, TimeProvider clock)
{
    public const long MaxDocumentBytes = 20 * 1024 * 1024;

    private Guid OrganizationId => currentUser.OrganizationId ?? throw new DomainException("Common.NotFound");

    public async Task<Eligibility> EligibilityAsync(Guid needId, CancellationToken cancellationToken = default)
        => await EligibilityAsync(await db.PublishedNeedAsync(needId, cancellationToken), cancellationToken);

    public async Task<OwnBid?> OwnBidAsync(Guid needId, CancellationToken cancellationToken = default)
    {
        var bid = await db.Bids.AsNoTracking().Include(b => b.Documents).SingleOrDefaultAsync(b => b.NeedId == needId && b.OrganizationId == OrganizationId, cancellationToken);
        if (bid is null)
        {
            return null;
        }

        var offer = bid.SealedOffer is { } sealedOffer ? seal.Unseal(needId, sealedOffer) : new BidOffer(bid.Price ?? 0, bid.Proposal);
        // Scores and rank reach the bidder with the award notice, not before.
        var decided = bid.Status is BidStatus.Won or BidStatus.Lost;
        return new OwnBid(bid.Id, bid.Status, offer.Price, offer.Proposal, bid.SubmittedAt, bid.Version,
            [.. bid.Documents.OrderBy(d => d.UploadedAt).Select(d => new BidDocumentRow(d.Id, d.FileName, d.ContentType, d.Length, d.UploadedAt))],
            decided ? bid.PriceScore : null, decided ? bid.TechnicalScore : null, decided ? bid.TotalScore : null, decided ? bid.Rank : null, bid.DisqualificationReason)
        {
            PendingFinalOffer = bid.SealedFinalOffer is { } final ? seal.Unseal(needId, final).Price : null,
        };
    }

    /// <summary>A qualified bidder's final offer in the open round: sealed, and never above its price so far.</summary>
    public async Task SubmitFinalOfferAsync(Guid needId, decimal price, CancellationToken cancellationToken = default)
    {
        var need = await db.PublishedNeedAsync(needId, cancellationToken);
        if (need.FinalOfferDeadline is not { } deadline)
        {
            throw new DomainException("FinalOffer.NoRoundOpen");
        }

        var bid = await OwnAsync(needId, cancellationToken) ?? throw new DomainException("Common.NotFound");
        need.CheckPrice(price);
        if (price > bid.Price)
        {
            throw new DomainException("FinalOffer.NotAbovePrevious", bid.Price ?? 0);
        }

        bid.SubmitFinalOffer(seal.Seal(need.Id, new BidOffer(price, null)), need.FinalOfferRounds, clock.GetUtcNow(), deadline);
        await SaveAsync(cancellationToken);
    }

    /// <summary>Saves the offer as a draft (a withdrawn bid becomes a draft again).</summary>
    public async Task SaveAsync(Guid needId, BidOffer offer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var (need, now) = (await OpenNeedAsync(needId, cancellationToken), clock.GetUtcNow());
        need.CheckPrice(offer.Price);
        if (offer.Proposal?.Length > 8000)
        {
            throw new DomainException("Validation.MaxLength", 8000);
        }

        await EnsureEligibleAsync(need, cancellationToken);
        var sealedOffer = seal.Seal(need.Id, offer with { Proposal = string.IsNullOrWhiteSpace(offer.Proposal) ? null : offer.Proposal.Trim() });
        var bid = await OwnAsync(needId, cancellationToken);
        if (bid is null)
        {
            db.Bids.Add(Bid.Start(need.Id, need.CourtId, OrganizationId, sealedOffer, now, need.BidDeadline));
        }
        else
        {
            bid.Revise(sealedOffer, now, need.BidDeadline);
        }

        await SaveAsync(cancellationToken);
    }

    public async Task SubmitAsync(Guid needId, CancellationToken cancellationToken = default)
    {
        var need = await OpenNeedAsync(needId, cancellationToken);
        await EnsureEligibleAsync(need, cancellationToken);
        var bid = await OwnAsync(needId, cancellationToken) ?? throw new DomainException("Bid.SaveFirst");
        bid.Submit(clock.GetUtcNow(), need.BidDeadline, need.ProposalDocumentRequired);
        await SaveAsync(cancellationToken);
    }

    public async Task WithdrawAsync(Guid needId, CancellationToken cancellationToken = default)
    {
        var need = await OpenNeedAsync(needId, cancellationToken);
        var bid = await OwnAsync(needId, cancellationToken) ?? throw new DomainException("Common.NotFound");
        bid.Withdraw(clock.GetUtcNow(), need.BidDeadline);
        await SaveAsync(cancellationToken);
    }

    /// <summary>Attaches a document: its bytes are sealed before they reach the file store.</summary>
    public async Task AttachAsync(Guid needId, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var need = await OpenNeedAsync(needId, cancellationToken);
        await EnsureEligibleAsync(need, cancellationToken);
        var bid = await OwnAsync(needId, cancellationToken) ?? throw new DomainException("Bid.SaveFirst");
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxDocumentBytes)
        {
            throw new DomainException("Bid.DocumentTooLarge", MaxDocumentBytes / 1024 / 1024);
        }

        var plain = buffer.ToArray();
        var contentType = FileTypes.Detect(plain.AsSpan(0, Math.Min(plain.Length, FileTypes.HeaderLength))) ?? throw new DomainException("Qualification.TypeNotAccepted");
        var stored = await files.SaveAsync(new MemoryStream(seal.Seal(need.Id, plain)), MaxDocumentBytes * 2, cancellationToken);
        try
        {
            bid.Attach(BidDocument.Create(bid.Id, stored.StoredName, fileName, contentType, plain.LongLength, clock.GetUtcNow()), clock.GetUtcNow(), need.BidDeadline);
            await SaveAsync(cancellationToken);
        }
        catch
        {
            await files.DeleteAsync(stored.StoredName, CancellationToken.None);
            throw;
        }
    }

    public async Task DetachAsync(Guid needId, Guid documentId, CancellationToken cancellationToken = default)
    {
        var need = await OpenNeedAsync(needId, cancellationToken);
        var bid = await OwnAsync(needId, cancellationToken) ?? throw new DomainException("Common.NotFound");
        var document = bid.Detach(documentId, clock.GetUtcNow(), need.BidDeadline);
        await SaveAsync(cancellationToken);
        await files.DeleteAsync(document.FileKey, cancellationToken);
    }

    /// <summary>A verified organization asks a question about a published need.</summary>
    public async Task AskAsync(Guid needId, string question, CancellationToken cancellationToken = default)
    {
        var need = await db.PublishedNeedAsync(needId, cancellationToken);
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == OrganizationId, cancellationToken);
        if (!organization.MayTakeNewWork)
        {
            throw new DomainException("Bid.OrganizationNotActive");
        }

        need.Ask(OrganizationId, question, clock.GetUtcNow());
        await db.SaveOrRefuseAsync(cancellationToken);
    }

    internal async Task<Eligibility> EligibilityAsync(ServiceNeed need, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == OrganizationId, cancellationToken);
        var refusals = new List<string>();
        if (!organization.MayTakeNewWork)
        {
            refusals.Add("Bid.OrganizationNotActive");
        }

        if (need.InvitedOrganizationIds.Count > 0 && !need.InvitedOrganizationIds.Contains(OrganizationId))
        {
            refusals.Add("Bid.NotInvited");
        }

        var documents = await db.QualificationDocuments.AsNoTracking().Where(d => d.OrganizationId == OrganizationId).ToListAsync(cancellationToken);
        var missing = QualificationCheck.Missing(need.RequiredQualifications, documents, ChinaTime.Today(clock.GetUtcNow()));
        if (missing.Count > 0)
        {
            refusals.Add("Bid.MissingQualifications");
        }

        return new Eligibility(refusals, missing);
    }

    private async Task EnsureEligibleAsync(ServiceNeed need, CancellationToken cancellationToken)
    {
        var eligibility = await EligibilityAsync(need, cancellationToken);
        if (!eligibility.MayBid)
        {
            throw new DomainException(eligibility.Refusals[0]);
        }
    }

    /// <summary>The need, still taking bids by the server's clock.</summary>
    private async Task<ServiceNeed> OpenNeedAsync(Guid needId, CancellationToken cancellationToken)
    {
        var need = await db.PublishedNeedAsync(needId, cancellationToken);
        if (need.IsSuspended)
        {
            throw new DomainException("Need.Suspended");
        }

        return need.AcceptsBids(clock.GetUtcNow()) ? need : throw new DomainException("Bid.DeadlinePassed");
    }

    private Task<Bid?> OwnAsync(Guid needId, CancellationToken cancellationToken)
        => db.Bids.Include(b => b.Documents).SingleOrDefaultAsync(b => b.NeedId == needId && b.OrganizationId == OrganizationId, cancellationToken);

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        // Two first saves of the same organization's bid at once: the unique index keeps one, the other is refused there.
        await db.SaveOrRefuseAsync(cancellationToken);
    }
}
