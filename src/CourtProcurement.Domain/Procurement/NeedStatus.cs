namespace CourtProcurement.Domain.Procurement;

/// <summary>Where a service need stands (docs: the lifecycle in domain.md). "Bidding closed" is Published after the deadline.</summary>
public enum NeedStatus
{
    Draft = 1,
    Published = 2,
    Opened = 3,
    Evaluated = 4,
    Awarded = 5,

    /// <summary>流标: too few valid bids for the method.</summary>
    Failed = 6,
    Cancelled = 7,
}

/// <summary>How bids are compared.</summary>
public enum EvaluationMethod
{
    /// <summary>综合评分法: price score plus the panel's technical scores.</summary>
    Comprehensive = 1,

    /// <summary>最低评标价法: the lowest qualified price wins.</summary>
    LowestPrice = 2,
}

/// <summary>One technical criterion the panel scores, from 0 to <see cref="MaxScore"/>.</summary>
public sealed record TechnicalCriterion(string Name, decimal MaxScore);
