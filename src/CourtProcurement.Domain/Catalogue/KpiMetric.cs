namespace CourtProcurement.Domain.Catalogue;

/// <summary>
/// How a KPI is computed from work-order data. Each metric names one computation that the statistics
/// feature implements; the catalogue only chooses among them.
/// </summary>
public enum KpiMetric
{
    /// <summary>Documents served / documents received.</summary>
    ServedRate = 1,

    /// <summary>Work orders delivered by their due date / work orders delivered.</summary>
    OnTimeRate = 2,

    /// <summary>Mean days from a work order's acceptance to its delivery.</summary>
    AverageDays = 3,

    /// <summary>Mediations ending in settlement / mediations closed.</summary>
    SettlementRate = 4,

    /// <summary>Mean satisfaction score given by parties (1-5).</summary>
    PartySatisfaction = 5,

    /// <summary>Corrections requested per transcript page.</summary>
    CorrectionsPerPage = 6,

    /// <summary>Work orders rejected at verification / work orders delivered.</summary>
    RejectionRate = 7,

    /// <summary>Mean of the judges' quality ratings (1-5).</summary>
    JudgeRating = 8,
}

public enum KpiDirection
{
    HigherIsBetter = 1,
    LowerIsBetter = 2,
}
