using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Procurement;

public enum BidStatus
{
    Draft = 1,
    Submitted = 2,
    Withdrawn = 3,
    Opened = 4,
    Qualified = 5,
    Disqualified = 6,
    Won = 7,
    Lost = 8,
}

/// <summary>
/// An organization's bid (投标 / 响应文件) for a need. Until the opening its price and proposal exist only as
/// <see cref="SealedOffer"/>, ciphertext made by the application with a key per need, so that no page,
/// query or database dump reveals them; the opening stores them in plain form for the evaluation.
/// The server's clock decides every change: nothing changes at or after the deadline.
/// </summary>
public sealed class Bid : Entity, ICourtOwned, IOrganizationOwned
{
    private readonly List<BidDocument> _documents = [];

    private Bid()
    {
    }

    public Guid NeedId { get; private set; }

    public Guid CourtId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public BidStatus Status { get; private set; }

    /// <summary>The price and proposal, encrypted, until the opening.</summary>
    public string? SealedOffer { get; private set; }

    /// <summary>The total price in CNY, known only from the opening.</summary>
    public decimal? Price { get; private set; }

    public string? Proposal { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? OpenedAt { get; private set; }

    public string? DisqualificationReason { get; private set; }

    public decimal? PriceScore { get; private set; }

    public decimal? TechnicalScore { get; private set; }

    public decimal? TotalScore { get; private set; }

    public int? Rank { get; private set; }

    /// <summary>The final offer of the current round, sealed until the round is closed.</summary>
    public string? SealedFinalOffer { get; private set; }

    /// <summary>The round of the last final offer this bid made (0: none).</summary>
    public int FinalOfferRound { get; private set; }

    /// <summary>Optimistic concurrency: two people of the organization do not overwrite each other unawares.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<BidDocument> Documents => _documents;

    public bool IsSealed => OpenedAt is null;

    public static Bid Start(Guid needId, Guid courtId, Guid organizationId, string sealedOffer, DateTimeOffset now, DateTimeOffset deadline)
    {
        EnsureBefore(now, deadline);
        var bid = new Bid
        {
            NeedId = needId,
            CourtId = courtId,
            OrganizationId = organizationId,
            Status = BidStatus.Draft,
            SealedOffer = sealedOffer,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        bid.Record("Bid.Drafted", null, nameof(BidStatus.Draft));
        return bid;
    }

    /// <summary>A new sealed offer: a draft stays a draft, a withdrawn bid becomes a draft again; a submitted bid must be withdrawn first.</summary>
    public void Revise(string sealedOffer, DateTimeOffset now, DateTimeOffset deadline)
    {
        EnsureBefore(now, deadline);
        EnsureEditable();
        var before = Status;
        SealedOffer = sealedOffer;
        Status = BidStatus.Draft;
        Touch(now);
        Record("Bid.Revised", before.ToString(), Status.ToString());
    }

    public void Attach(BidDocument document, DateTimeOffset now, DateTimeOffset deadline)
    {
        ArgumentNullException.ThrowIfNull(document);
        EnsureBefore(now, deadline);
        EnsureEditable();
        if (_documents.Count >= 10)
        {
            throw new DomainException("Bid.TooManyDocuments", 10);
        }

        _documents.Add(document);
        Touch(now);
        Record("Bid.DocumentAttached", Status.ToString(), Status.ToString(), new Dictionary<string, string?> { ["document"] = document.Id.ToString() });
    }

    public BidDocument Detach(Guid documentId, DateTimeOffset now, DateTimeOffset deadline)
    {
        EnsureBefore(now, deadline);
        EnsureEditable();
        var document = _documents.SingleOrDefault(d => d.Id == documentId) ?? throw new DomainException("Common.NotFound");
        _documents.Remove(document);
        Touch(now);
        Record("Bid.DocumentRemoved", Status.ToString(), Status.ToString(), new Dictionary<string, string?> { ["document"] = documentId.ToString() });
        return document;
    }

    public void Submit(DateTimeOffset now, DateTimeOffset deadline, bool documentRequired)
    {
        EnsureBefore(now, deadline);
        if (Status is not (BidStatus.Draft or BidStatus.Withdrawn))
        {
            throw new DomainException("Bid.AlreadySubmitted");
        }

        if (documentRequired && _documents.Count == 0)
        {
            throw new DomainException("Bid.DocumentRequired");
        }

        var before = Status;
        Status = BidStatus.Submitted;
        SubmittedAt = now;
        Touch(now);
        Record("Bid.Submitted", before.ToString(), Status.ToString());
    }

    public void Withdraw(DateTimeOffset now, DateTimeOffset deadline)
    {
        EnsureBefore(now, deadline);
        if (Status != BidStatus.Submitted)
        {
            throw new DomainException("Bid.OnlySubmittedCanBeWithdrawn");
        }

        Status = BidStatus.Withdrawn;
        SubmittedAt = null;
        Touch(now);
        Record("Bid.Withdrawn", nameof(BidStatus.Submitted), Status.ToString());
    }

    /// <summary>The opening stores what the seal held, in plain form, for the evaluation.</summary>
    public void Open(decimal price, string? proposal, DateTimeOffset now)
    {
        if (Status != BidStatus.Submitted)
        {
            throw new DomainException("Bid.OnlySubmittedCanBeOpened");
        }

        (Price, Proposal, SealedOffer, OpenedAt) = (price, proposal, null, now);
        Status = BidStatus.Opened;
        Touch(now);
        Record("Bid.Opened", nameof(BidStatus.Submitted), Status.ToString(), new Dictionary<string, string?>
        {
            ["price"] = price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public void Qualify(DateTimeOffset now)
    {
        EnsureCheckable();
        var before = Status;
        Status = BidStatus.Qualified;
        DisqualificationReason = null;
        Touch(now);
        Record("Bid.Qualified", before.ToString(), Status.ToString());
    }

    public void Disqualify(string reason, DateTimeOffset now)
    {
        EnsureCheckable();
        var before = Status;
        DisqualificationReason = Guard.Required(reason, "Bid.DisqualificationReasonRequired", 2000);
        Status = BidStatus.Disqualified;
        Touch(now);
        Record("Bid.Disqualified", before.ToString(), Status.ToString(), new Dictionary<string, string?> { ["reason"] = DisqualificationReason });
    }

    /// <summary>A qualified bidder's sealed final offer for the open round; it may be replaced until the round's deadline.</summary>
    public void SubmitFinalOffer(string sealedOffer, int round, DateTimeOffset now, DateTimeOffset roundDeadline)
    {
        if (Status != BidStatus.Qualified)
        {
            throw new DomainException("Bid.NotQualified");
        }

        if (now >= roundDeadline)
        {
            throw new DomainException("FinalOffer.DeadlinePassed");
        }

        (SealedFinalOffer, FinalOfferRound) = (sealedOffer, round);
        Touch(now);
        Record("Bid.FinalOfferSubmitted", Status.ToString(), Status.ToString(), new Dictionary<string, string?>
        {
            ["round"] = round.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    /// <summary>Closing the round replaces the price with the unsealed final offer, never a higher one.</summary>
    public void ApplyFinalOffer(decimal price, DateTimeOffset now)
    {
        if (SealedFinalOffer is null)
        {
            return;
        }

        var before = Price;
        Price = Price is { } current && price > current ? current : price;
        SealedFinalOffer = null;
        Touch(now);
        Record("Bid.FinalOfferOpened", Status.ToString(), Status.ToString(), new Dictionary<string, string?>
        {
            ["before"] = before?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            ["price"] = Price?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public void RecordResult(BidResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (Status != BidStatus.Qualified || result.BidId != Id)
        {
            throw new DomainException("Bid.NotQualified");
        }

        (PriceScore, TechnicalScore, TotalScore, Rank) = (result.PriceScore, result.TechnicalScore, result.TotalScore, result.Rank);
        Touch(now);
        Record("Bid.Scored", Status.ToString(), Status.ToString(), new Dictionary<string, string?>
        {
            ["total"] = result.TotalScore.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            ["rank"] = result.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    /// <summary>The award decides each qualified bid: the awarded one won, the others lost.</summary>
    public void Decide(bool won, DateTimeOffset now)
    {
        if (Status is not (BidStatus.Qualified or BidStatus.Won or BidStatus.Lost))
        {
            throw new DomainException("Bid.NotQualified");
        }

        var before = Status;
        Status = won ? BidStatus.Won : BidStatus.Lost;
        Touch(now);
        Record(won ? "Bid.Won" : "Bid.Lost", before.ToString(), Status.ToString());
    }

    /// <summary>A reopened evaluation or cancelled award puts the decided bids back to qualified.</summary>
    public void Reconsider(bool clearScores, DateTimeOffset now)
    {
        if (Status is not (BidStatus.Won or BidStatus.Lost or BidStatus.Qualified))
        {
            return;
        }

        var before = Status;
        Status = BidStatus.Qualified;
        if (clearScores)
        {
            (PriceScore, TechnicalScore, TotalScore, Rank) = (null, null, null, null);
        }

        Touch(now);
        Record("Bid.Reconsidered", before.ToString(), Status.ToString());
    }

    private static void EnsureBefore(DateTimeOffset now, DateTimeOffset deadline)
    {
        if (now >= deadline)
        {
            throw new DomainException("Bid.DeadlinePassed");
        }
    }

    private void EnsureEditable()
    {
        if (Status is not (BidStatus.Draft or BidStatus.Withdrawn))
        {
            throw new DomainException("Bid.WithdrawToChange");
        }
    }

    private void EnsureCheckable()
    {
        if (Status is not (BidStatus.Opened or BidStatus.Qualified or BidStatus.Disqualified))
        {
            throw new DomainException("Bid.NotOpened");
        }
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}

/// <summary>A document of a bid; its bytes are stored encrypted with the need's key until the opening and decrypted when read after it.</summary>
public sealed class BidDocument : Entity
{
    private BidDocument()
    {
        FileKey = string.Empty;
        FileName = string.Empty;
        ContentType = string.Empty;
    }

    public Guid BidId { get; private set; }

    public string FileKey { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    /// <summary>The size of the plain document.</summary>
    public long Length { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public static BidDocument Create(Guid bidId, string fileKey, string fileName, string contentType, long length, DateTimeOffset now) => new()
    {
        BidId = bidId,
        FileKey = fileKey,
        FileName = Guard.Required(Path.GetFileName(fileName), "Document.FileRequired", 200),
        ContentType = contentType,
        Length = length,
        UploadedAt = now,
    };
}
