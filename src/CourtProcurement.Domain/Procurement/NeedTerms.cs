using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Procurement;

/// <summary>
/// What a court asks for and how it will choose: everything a draft need holds that the court may edit.
/// The constructor refuses what can never be right; what depends on the day of publication (the
/// method's minimum notice period) is checked by <see cref="ServiceNeed.Publish"/>.
/// </summary>
public sealed record NeedTerms
{
    /// <summary>财政部令第87号 第55条: for services the price carries 10% to 30% of the total score.</summary>
    public const int MinPriceWeight = 10;
    public const int MaxPriceWeight = 30;

    public NeedTerms(
        string title, string description, decimal quantity, decimal budgetCeiling, decimal? unitPriceCeiling,
        DateOnly serviceStart, DateOnly serviceEnd, string place, ProcurementMethod method, EvaluationMethod evaluationMethod,
        int priceWeight, IReadOnlyList<TechnicalCriterion> criteria, string? qualificationNotes,
        DateTimeOffset bidDeadline, DateTimeOffset openingTime, bool dualOpeningConfirmation, bool proposalDocumentRequired,
        string? singleSourceJustification, IReadOnlyList<Guid> invitedOrganizationIds)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(invitedOrganizationIds);
        Title = Guard.Required(title, "Need.TitleRequired", 200);
        Description = Guard.Required(description, "Need.DescriptionRequired", 4000);
        Place = Guard.Required(place, "Need.PlaceRequired", 200);
        Quantity = quantity > 0 ? decimal.Round(quantity, 2) : throw new DomainException("Need.QuantityPositive");
        BudgetCeiling = budgetCeiling > 0 ? decimal.Round(budgetCeiling, 2) : throw new DomainException("Need.BudgetPositive");
        UnitPriceCeiling = unitPriceCeiling switch
        {
            null => null,
            > 0 => decimal.Round(unitPriceCeiling.Value, 2),
            _ => throw new DomainException("Need.UnitCeilingPositive"),
        };
        (ServiceStart, ServiceEnd) = serviceEnd >= serviceStart ? (serviceStart, serviceEnd) : throw new DomainException("Need.ServicePeriodOrder");
        Method = Enum.IsDefined(method) ? method : throw new DomainException("Need.MethodRequired");
        EvaluationMethod = Enum.IsDefined(evaluationMethod) ? evaluationMethod : throw new DomainException("Need.EvaluationMethodRequired");
        if (EvaluationMethod == EvaluationMethod.Comprehensive)
        {
            if (priceWeight is < MinPriceWeight or > MaxPriceWeight)
            {
                throw new DomainException("Need.PriceWeightRange", MinPriceWeight, MaxPriceWeight);
            }

            if (criteria.Count == 0 || criteria.Any(c => string.IsNullOrWhiteSpace(c.Name) || c.Name.Length > 100 || c.MaxScore <= 0))
            {
                throw new DomainException("Need.CriteriaRequired");
            }

            if (criteria.Sum(c => c.MaxScore) + priceWeight != 100m)
            {
                throw new DomainException("Need.ScoresSumTo100");
            }

            PriceWeight = priceWeight;
            Criteria = [.. criteria.Select(c => c with { Name = c.Name.Trim() })];
        }
        else
        {
            PriceWeight = 0;
            Criteria = [];
        }

        QualificationNotes = string.IsNullOrWhiteSpace(qualificationNotes) ? null : Guard.Required(qualificationNotes, "Need.QualificationNotes", 2000);
        BidDeadline = bidDeadline;
        OpeningTime = openingTime >= bidDeadline ? openingTime : throw new DomainException("Need.OpeningBeforeDeadline");
        DualOpeningConfirmation = dualOpeningConfirmation;
        ProposalDocumentRequired = proposalDocumentRequired;
        SingleSourceJustification = method == ProcurementMethod.SingleSource
            ? Guard.Required(singleSourceJustification, "Need.JustificationRequired", 4000)
            : null;
        InvitedOrganizationIds = [.. invitedOrganizationIds.Distinct()];
        if (method == ProcurementMethod.SingleSource && InvitedOrganizationIds.Count != 1)
        {
            throw new DomainException("Need.SingleSourceNamesOne");
        }
    }

    public string Title { get; }

    public string Description { get; }

    public decimal Quantity { get; }

    public decimal BudgetCeiling { get; }

    /// <summary>The ceiling per unit of service, where the court sets one; a bid's price divided by the quantity must not exceed it.</summary>
    public decimal? UnitPriceCeiling { get; }

    public DateOnly ServiceStart { get; }

    public DateOnly ServiceEnd { get; }

    public string Place { get; }

    public ProcurementMethod Method { get; }

    public EvaluationMethod EvaluationMethod { get; }

    public int PriceWeight { get; }

    public IReadOnlyList<TechnicalCriterion> Criteria { get; }

    /// <summary>What the court asks beyond the catalogue item's qualifications.</summary>
    public string? QualificationNotes { get; }

    public DateTimeOffset BidDeadline { get; }

    public DateTimeOffset OpeningTime { get; }

    /// <summary>Opening needs two distinct officials of the court to confirm.</summary>
    public bool DualOpeningConfirmation { get; }

    /// <summary>A bid must carry at least one document (its proposal) to be submitted.</summary>
    public bool ProposalDocumentRequired { get; }

    public string? SingleSourceJustification { get; }

    /// <summary>For invited tenders the invited organizations; for single source the one named supplier.</summary>
    public IReadOnlyList<Guid> InvitedOrganizationIds { get; }
}
