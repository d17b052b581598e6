using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Catalogue;

/// <summary>One key performance indicator of a catalogue item version: what is measured, which way is good, the target and its weight.</summary>
public sealed record Kpi
{
    // For EF Core, which stores KPIs as JSON inside their version.
    private Kpi()
    {
        Name = string.Empty;
    }

    public Kpi(string name, KpiMetric metric, KpiDirection direction, decimal target, decimal weight)
    {
        Name = Guard.Required(name, "Kpi.NameRequired", 100);
        if (!Enum.IsDefined(metric) || !Enum.IsDefined(direction))
        {
            throw new DomainException("Kpi.MetricRequired");
        }

        if (target < 0)
        {
            throw new DomainException("Kpi.TargetNotNegative");
        }

        if (weight is <= 0 or > 100)
        {
            throw new DomainException("Kpi.WeightRange");
        }

        (Metric, Direction, Target, Weight) = (metric, direction, decimal.Round(target, 2), decimal.Round(weight, 2));
    }

    public string Name { get; private init; }

    public KpiMetric Metric { get; private init; }

    public KpiDirection Direction { get; private init; }

    public decimal Target { get; private init; }

    /// <summary>Share of the item's performance score, in percent; an item's KPI weights add up to 100.</summary>
    public decimal Weight { get; private init; }
}
