using CourtProcurement.Domain.Calendar;
using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Procurement;
using CourtProcurement.Domain.Tests.Catalogue;

namespace CourtProcurement.Domain.Tests.Procurement;

/// <summary>Needs and their surroundings for the procurement tests: 10:00 China time on Friday 4 December 2026.</summary>
internal static class NeedBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 12, 4, 2, 0, 0, TimeSpan.Zero);
    public static readonly Guid Court = Guid.NewGuid();
    public static readonly ProcurementRules Rules = ProcurementRules.Statutory();
    public static readonly WorkingDayCalendar NoHolidays = new([]);
    public static readonly CatalogueItemVersion ItemVersion = CatalogueItem.Create(
        ServiceCategory.Create("sop", "送达", "Service", 1), "sop-direct", CatalogueItemTests.Terms(), new DateOnly(2026, 1, 1), Now).LatestVersion;

    public static readonly TechnicalCriterion[] Criteria = [new("服务方案", 40), new("人员配备", 30)];

    public static NeedTerms Terms(
        ProcurementMethod method = ProcurementMethod.OpenTender, DateTimeOffset? deadline = null, bool dual = false,
        EvaluationMethod evaluation = EvaluationMethod.Comprehensive, IReadOnlyList<Guid>? invited = null, int priceWeight = 30,
        IReadOnlyList<TechnicalCriterion>? criteria = null, decimal budget = 100_000m, decimal? unitCeiling = null, string? justification = null)
    {
        var closes = deadline ?? Now.AddDays(21);
        return new NeedTerms(
            "2027年度直接送达服务", "为本院民商事案件提供直接送达服务。", 2000m, budget, unitCeiling,
            new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), "深圳市龙华区", method, evaluation, priceWeight,
            criteria ?? Criteria, null, closes, closes, dual, proposalDocumentRequired: false, justification, invited ?? []);
    }

    public static ServiceNeed Draft(NeedTerms? terms = null) => ServiceNeed.Draft(Court, "粤0309-2026-001", ItemVersion, terms ?? Terms(), Now);

    public static ServiceNeed Published(NeedTerms? terms = null)
    {
        var need = Draft(terms);
        need.Publish(Now, Rules, NoHolidays);
        return need;
    }

    /// <summary>A published need past its deadline, opened by one official.</summary>
    public static ServiceNeed Opened(NeedTerms? terms = null)
    {
        var need = Published(terms);
        need.ConfirmOpening("admin", "开标人", need.BidDeadline);
        return need;
    }
}
