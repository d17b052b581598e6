using CourtProcurement.Domain.Calendar;
using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Procurement;

/// <summary>
/// A court's service need (服务需求 / 采购项目) and its procurement, from draft to award, failure (流标) or
/// cancellation. Bids are separate aggregates (<see cref="Bid"/>); the need holds what is public about the
/// procurement: notice, clarifications, amendments, opening record, panel, award and challenge window.
/// </summary>
public sealed partial class ServiceNeed : Entity, ICourtOwned
{
    private readonly List<Clarification> _clarifications = [];
    private readonly List<Amendment> _amendments = [];
    private readonly List<OpeningConfirmation> _openingConfirmations = [];
    private readonly List<PanelMember> _panel = [];
    private readonly List<NeedDocument> _documents = [];
    private List<TechnicalCriterion> _criteria = [];
    private List<Guid> _invitedOrganizationIds = [];
    private List<QualificationKind> _requiredQualifications = [];

    private ServiceNeed()
    {
        Number = string.Empty;
        Title = string.Empty;
        Description = string.Empty;
        Place = string.Empty;
    }

    public Guid CourtId { get; private set; }

    /// <summary>The court's own number for the procurement, e.g. 粤0309-2026-003.</summary>
    public string Number { get; private set; }

    public Guid CatalogueItemId { get; private set; }

    /// <summary>The catalogue version in force when the need was drafted; it keeps that version's unit and qualifications.</summary>
    public Guid CatalogueItemVersionId { get; private set; }

    public ServiceUnit Unit { get; private set; }

    public IReadOnlyList<QualificationKind> RequiredQualifications => _requiredQualifications;

    public string Title { get; private set; }

    public string Description { get; private set; }

    public decimal Quantity { get; private set; }

    public decimal BudgetCeiling { get; private set; }

    public decimal? UnitPriceCeiling { get; private set; }

    public DateOnly ServiceStart { get; private set; }

    public DateOnly ServiceEnd { get; private set; }

    public string Place { get; private set; }

    public ProcurementMethod Method { get; private set; }

    public EvaluationMethod EvaluationMethod { get; private set; }

    public int PriceWeight { get; private set; }

    public IReadOnlyList<TechnicalCriterion> Criteria => _criteria;

    public string? QualificationNotes { get; private set; }

    public DateTimeOffset BidDeadline { get; private set; }

    public DateTimeOffset OpeningTime { get; private set; }

    public bool DualOpeningConfirmation { get; private set; }

    public bool ProposalDocumentRequired { get; private set; }

    public string? SingleSourceJustification { get; private set; }

    public IReadOnlyList<Guid> InvitedOrganizationIds => _invitedOrganizationIds;

    public NeedStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>For single source: the end (China date, inclusive) of the public comment period on the justification.</summary>
    public DateOnly? CommentPeriodEnds { get; private set; }

    public DateTimeOffset? OpenedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Why the need failed or was cancelled, published with the notice.</summary>
    public string? ClosingReason { get; private set; }

    /// <summary>The need this one republishes after a failure or cancellation.</summary>
    public Guid? PredecessorId { get; private set; }

    /// <summary>Optimistic concurrency: changes with every transition, so that two officials do not act on a state they did not see.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<Clarification> Clarifications => _clarifications;

    public IReadOnlyList<Amendment> Amendments => _amendments;

    public IReadOnlyList<OpeningConfirmation> OpeningConfirmations => _openingConfirmations;

    public IReadOnlyList<PanelMember> Panel => _panel;

    public IReadOnlyList<NeedDocument> Documents => _documents;

    public NeedTerms Terms => new(Title, Description, Quantity, BudgetCeiling, UnitPriceCeiling, ServiceStart, ServiceEnd, Place, Method,
        EvaluationMethod, PriceWeight, _criteria, QualificationNotes, BidDeadline, OpeningTime, DualOpeningConfirmation,
        ProposalDocumentRequired, SingleSourceJustification, _invitedOrganizationIds);

    public static ServiceNeed Draft(Guid courtId, string number, CatalogueItemVersion version, NeedTerms terms, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(version);
        var need = new ServiceNeed
        {
            CourtId = courtId,
            Number = number,
            Status = NeedStatus.Draft,
            CreatedAt = now,
        };
        need.UseVersion(version);
        need.Apply(terms);
        need.Record("Need.Drafted", null, nameof(NeedStatus.Draft), new Dictionary<string, string?> { ["number"] = number, ["title"] = need.Title });
        return need;
    }

    public void Edit(CatalogueItemVersion version, NeedTerms terms)
    {
        ArgumentNullException.ThrowIfNull(version);
        RequireStatus(NeedStatus.Draft, "Need.OnlyDraftCanBeEdited");
        UseVersion(version);
        Apply(terms);
        Record("Need.Edited", nameof(NeedStatus.Draft), nameof(NeedStatus.Draft));
    }

    /// <summary>
    /// Publishes the notice. The deadline must leave the method's minimum notice period (for single source,
    /// the comment period on the justification), counted from the day of publication in China time.
    /// </summary>
    public void Publish(DateTimeOffset now, ProcurementRules rules, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rules);
        RequireStatus(NeedStatus.Draft, "Need.OnlyDraftCanBePublished");
        var rule = rules.For(Method);
        if (rule.RequiresInvitations && _invitedOrganizationIds.Count < rule.MinimumBidders)
        {
            throw new DomainException("Need.TooFewInvited", rule.MinimumBidders);
        }

        var today = ChinaTime.Today(now);
        var earliest = rules.EarliestDeadline(Method, today, calendar);
        if (BidDeadline <= now || ChinaTime.Today(BidDeadline) < earliest)
        {
            throw new DomainException("Need.DeadlineTooSoon", earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        Status = NeedStatus.Published;
        PublishedAt = now;
        CommentPeriodEnds = rule.CommentPeriod?.EndFrom(today, calendar);
        Version = Guid.NewGuid();
        Record("Need.Published", nameof(NeedStatus.Draft), nameof(NeedStatus.Published), new Dictionary<string, string?>
        {
            ["deadline"] = BidDeadline.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    /// <summary>Whether organizations may still change bids: published, before the deadline, not suspended.</summary>
    public bool AcceptsBids(DateTimeOffset now) => Status == NeedStatus.Published && now < BidDeadline && !IsSuspended;

    /// <summary>Published and past the deadline: bids are sealed and fixed, waiting for the opening.</summary>
    public bool IsBiddingClosed(DateTimeOffset now) => Status == NeedStatus.Published && now >= BidDeadline;

    /// <summary>
    /// An amendment (更正公告) republishes the need. If the deadline would then leave less than the method's
    /// minimum notice period from today, it moves to keep it (same time of day).
    /// </summary>
    public DateTimeOffset Amend(string summary, string? newDescription, DateTimeOffset? requestedDeadline, DateTimeOffset now, ProcurementRules rules, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (!AcceptsBids(now))
        {
            throw new DomainException("Need.AmendOnlyBeforeDeadline");
        }

        var before = BidDeadline;
        var deadline = requestedDeadline ?? BidDeadline;
        if (deadline < BidDeadline)
        {
            throw new DomainException("Amendment.DeadlineCannotMoveEarlier");
        }

        var earliest = rules.EarliestDeadline(Method, ChinaTime.Today(now), calendar);
        if (ChinaTime.Today(deadline) < earliest)
        {
            deadline = deadline.AddDays(earliest.DayNumber - ChinaTime.Today(deadline).DayNumber);
        }

        var amendment = Amendment.Create(Id, summary, now, before, deadline);
        if (!string.IsNullOrWhiteSpace(newDescription))
        {
            Description = Guard.Required(newDescription, "Need.DescriptionRequired", 4000);
        }

        OpeningTime = OpeningTime + (deadline - before);
        BidDeadline = deadline;
        _amendments.Add(amendment);
        Version = Guid.NewGuid();
        Record("Need.Amended", nameof(NeedStatus.Published), nameof(NeedStatus.Published), new Dictionary<string, string?>
        {
            ["summary"] = amendment.Summary,
            ["deadlineBefore"] = before.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["deadlineAfter"] = deadline.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
        return deadline;
    }

    public Clarification Ask(Guid organizationId, string question, DateTimeOffset now)
    {
        if (!AcceptsBids(now))
        {
            throw new DomainException("Clarification.OnlyBeforeDeadline");
        }

        var clarification = Clarification.Ask(Id, organizationId, question, now);
        _clarifications.Add(clarification);
        Record("Need.QuestionAsked", Status.ToString(), Status.ToString(), new Dictionary<string, string?> { ["clarification"] = clarification.Id.ToString() });
        return clarification;
    }

    public void Answer(Guid clarificationId, string answer, DateTimeOffset now)
    {
        if (Status != NeedStatus.Published)
        {
            throw new DomainException("Clarification.OnlyWhilePublished");
        }

        var clarification = _clarifications.SingleOrDefault(c => c.Id == clarificationId) ?? throw new DomainException("Common.NotFound");
        clarification.Respond(answer, now);
        Record("Need.QuestionAnswered", Status.ToString(), Status.ToString(), new Dictionary<string, string?> { ["clarification"] = clarificationId.ToString() });
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        if (Status is NeedStatus.Failed or NeedStatus.Cancelled)
        {
            throw new DomainException("Need.AlreadyClosed");
        }

        var before = Status;
        ClosingReason = Guard.Required(reason, "Need.CancelReasonRequired", 2000);
        Status = NeedStatus.Cancelled;
        ClosedAt = now;
        Version = Guid.NewGuid();
        Record("Need.Cancelled", before.ToString(), Status.ToString(), new Dictionary<string, string?> { ["reason"] = ClosingReason });
    }

    /// <summary>
    /// A failed or cancelled need is republished as a new draft with the same terms, which the court may
    /// change (including the method) before publishing it under the rules.
    /// </summary>
    public ServiceNeed Republish(string number, CatalogueItemVersion version, DateTimeOffset now)
    {
        if (Status is not (NeedStatus.Failed or NeedStatus.Cancelled))
        {
            throw new DomainException("Need.OnlyClosedCanBeRepublished");
        }

        var successor = Draft(CourtId, number, version, Terms, now);
        successor.PredecessorId = Id;
        Record("Need.Republished", Status.ToString(), Status.ToString(), new Dictionary<string, string?> { ["successor"] = number });
        return successor;
    }

    /// <summary>Documents go with a draft, or with a published notice while it takes bids (an amendment should say why).</summary>
    public void AttachDocument(NeedDocument document, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (Status != NeedStatus.Draft && !AcceptsBids(now))
        {
            throw new DomainException("Need.DocumentsClosed");
        }

        if (_documents.Count >= 10)
        {
            throw new DomainException("Bid.TooManyDocuments", 10);
        }

        _documents.Add(document);
        Record("Need.DocumentAttached", Status.ToString(), Status.ToString(), new Dictionary<string, string?> { ["file"] = document.FileName });
    }

    /// <summary>Only a draft loses documents: what was published stays published.</summary>
    public NeedDocument RemoveDocument(Guid documentId)
    {
        RequireStatus(NeedStatus.Draft, "Need.OnlyDraftCanBeEdited");
        var document = _documents.SingleOrDefault(d => d.Id == documentId) ?? throw new DomainException("Common.NotFound");
        _documents.Remove(document);
        Record("Need.DocumentRemoved", Status.ToString(), Status.ToString(), new Dictionary<string, string?> { ["file"] = document.FileName });
        return document;
    }

    /// <summary>Whether a bid at this price is within the ceilings.</summary>
    public void CheckPrice(decimal price)
    {
        if (price <= 0 || decimal.Round(price, 2) != price)
        {
            throw new DomainException("Bid.PriceMalformed");
        }

        if (price > BudgetCeiling)
        {
            throw new DomainException("Bid.AboveCeiling", BudgetCeiling);
        }

        if (UnitPriceCeiling is { } unitCeiling && price / Quantity > unitCeiling)
        {
            throw new DomainException("Bid.AboveUnitCeiling", unitCeiling);
        }
    }

    private void RequireStatus(NeedStatus status, string refusal)
    {
        if (Status != status)
        {
            throw new DomainException(refusal);
        }
    }

    private void UseVersion(CatalogueItemVersion version)
    {
        CatalogueItemId = version.ItemId;
        CatalogueItemVersionId = version.Id;
        Unit = version.Unit;
        _requiredQualifications = [.. version.RequiredQualifications];
    }

    private void Apply(NeedTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        (Title, Description, Quantity, BudgetCeiling, UnitPriceCeiling) = (terms.Title, terms.Description, terms.Quantity, terms.BudgetCeiling, terms.UnitPriceCeiling);
        (ServiceStart, ServiceEnd, Place, Method, EvaluationMethod) = (terms.ServiceStart, terms.ServiceEnd, terms.Place, terms.Method, terms.EvaluationMethod);
        (PriceWeight, QualificationNotes, BidDeadline, OpeningTime) = (terms.PriceWeight, terms.QualificationNotes, terms.BidDeadline, terms.OpeningTime);
        (DualOpeningConfirmation, ProposalDocumentRequired, SingleSourceJustification) = (terms.DualOpeningConfirmation, terms.ProposalDocumentRequired, terms.SingleSourceJustification);
        _criteria = [.. terms.Criteria];
        _invitedOrganizationIds = [.. terms.InvitedOrganizationIds];
        Version = Guid.NewGuid();
    }
}
