using CourtProcurement.Domain.Catalogue;
using static CourtProcurement.Domain.Catalogue.KpiDirection;
using static CourtProcurement.Domain.Catalogue.KpiMetric;
using static CourtProcurement.Domain.Catalogue.QualificationKind;

namespace CourtProcurement.Application.Seeding;

/// <summary>Demo catalogue items with realistic units, guidance prices and KPIs, one or more per category.</summary>
internal static class DemoCatalogue
{
    public static readonly DateOnly FirstEffectiveDate = new(2026, 1, 1);

    public static IEnumerable<CatalogueItem> Items(IReadOnlyDictionary<string, ServiceCategory> categories, DateOnly today, DateTimeOffset now)
    {
        CatalogueItem Item(string category, string code, string zh, string en, ServiceUnit unit, decimal min, decimal max, QualificationKind[] qualifications, params Kpi[] kpis)
            => CatalogueItem.Create(categories[category], code, new CatalogueItemTerms(zh, en, null, unit, min, max, [Registration, .. qualifications], kpis), FirstEffectiveDate, now);

        var judgeRating = new Kpi("法官评价", JudgeRating, HigherIsBetter, 4.5m, 20);
        var direct = Item("service-of-process", "sop-direct", "直接送达", "Direct service of process", ServiceUnit.PerDocument, 30, 50, [],
            new Kpi("送达成功率", ServedRate, HigherIsBetter, 95, 40), new Kpi("按时送达率", OnTimeRate, HigherIsBetter, 90, 25),
            new Kpi("平均送达天数", AverageDays, LowerIsBetter, 5, 15), judgeRating);
        // A price adjustment announced for next month: the history shows both versions.
        var next = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        var first = direct.LatestVersion.Terms;
        direct.AddVersion(new CatalogueItemTerms(first.NameZh, first.NameEn, "根据物价水平调整指导价。", first.Unit, 35, 55, first.RequiredQualifications, first.Kpis), next, today, now);
        yield return direct;

        yield return Item("service-of-process", "sop-electronic", "电子送达辅助", "Electronic service assistance", ServiceUnit.PerDocument, 5, 12, [],
            new Kpi("送达成功率", ServedRate, HigherIsBetter, 98, 50), new Kpi("按时送达率", OnTimeRate, HigherIsBetter, 98, 30), judgeRating);
        yield return Item("hearing-transcription", "transcription-hearing", "庭审速录", "Hearing transcription", ServiceUnit.PerHearingHour, 80, 150, [StenographyCertificate],
            new Kpi("按时交付率", OnTimeRate, HigherIsBetter, 98, 40), new Kpi("每页更正数", CorrectionsPerPage, LowerIsBetter, 0.5m, 40), judgeRating);
        yield return Item("mediation", "mediation-prelitigation", "诉前调解", "Pre-litigation mediation", ServiceUnit.PerCase, 300, 800, [MediatorCertificate],
            new Kpi("调解成功率", SettlementRate, HigherIsBetter, 40, 40), new Kpi("平均调解天数", AverageDays, LowerIsBetter, 30, 20),
            new Kpi("当事人满意度", PartySatisfaction, HigherIsBetter, 4.5m, 20), judgeRating);
        yield return Item("archive-scanning", "archive-scanning-page", "卷宗扫描", "Case file scanning", ServiceUnit.PerPage, 0.3m, 0.8m, [ArchivesServiceQualification],
            new Kpi("按时交付率", OnTimeRate, HigherIsBetter, 95, 50), new Kpi("退回率", RejectionRate, LowerIsBetter, 2, 50));
        yield return Item("interpretation", "interpretation-hearing", "庭审口译", "Hearing interpretation", ServiceUnit.PerHour, 200, 500, [TranslationCertificate],
            new Kpi("按时到庭率", OnTimeRate, HigherIsBetter, 99, 50), new Kpi("法官评价", JudgeRating, HigherIsBetter, 4.5m, 50));
        yield return Item("psychological-counselling", "counselling-session", "心理疏导", "Psychological counselling session", ServiceUnit.PerSession, 300, 600, [CounsellorCertificate],
            new Kpi("当事人满意度", PartySatisfaction, HigherIsBetter, 4.5m, 50), new Kpi("法官评价", JudgeRating, HigherIsBetter, 4.5m, 50));
        yield return Item("social-investigation", "social-investigation-report", "社会调查报告", "Social investigation report", ServiceUnit.PerReport, 1500, 3000, [SocialWorkerCertificate],
            new Kpi("按时提交率", OnTimeRate, HigherIsBetter, 95, 40), new Kpi("退回率", RejectionRate, LowerIsBetter, 5, 20), new Kpi("法官评价", JudgeRating, HigherIsBetter, 4.5m, 40));
        yield return Item("enforcement-assistance", "enforcement-assistance-day", "执行辅助", "Enforcement assistance", ServiceUnit.PerPersonDay, 300, 500, [],
            new Kpi("按时完成率", OnTimeRate, HigherIsBetter, 95, 60), new Kpi("法官评价", JudgeRating, HigherIsBetter, 4.5m, 40));
    }
}
