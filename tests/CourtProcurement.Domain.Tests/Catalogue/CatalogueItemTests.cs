using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Tests.Catalogue;

public sealed class CatalogueItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 4);
    private static readonly ServiceCategory Service = ServiceCategory.Create("service-of-process", "送达", "Service of process", 10);

    internal static CatalogueItemTerms Terms(decimal min = 30, decimal max = 50, params Kpi[] kpis) => new(
        "直接送达", "Direct service", null, ServiceUnit.PerDocument, min, max, [QualificationKind.Registration],
        kpis.Length > 0 ? kpis : [new Kpi("送达成功率", KpiMetric.ServedRate, KpiDirection.HigherIsBetter, 95, 60), new Kpi("平均送达天数", KpiMetric.AverageDays, KpiDirection.LowerIsBetter, 5, 40)]);

    private static CatalogueItem Item() => CatalogueItem.Create(Service, "sop-direct", Terms(), new DateOnly(2026, 1, 1), Now);

    [Fact]
    public void A_new_item_starts_with_version_one()
    {
        var item = Item();
        var version = Assert.Single(item.Versions);
        Assert.Equal((1, 30m, 50m), (version.Number, version.GuidancePriceMin, version.GuidancePriceMax));
        Assert.Equal("CatalogueItem.Created", Assert.Single(item.PendingStateChanges).Action);
    }

    [Fact]
    public void A_change_is_a_new_version_and_the_old_one_stays_in_force_until_the_new_one_starts()
    {
        var item = Item();
        var startOfNextMonth = new DateOnly(2027, 1, 1);

        item.AddVersion(Terms(35, 55), startOfNextMonth, Today, Now);

        Assert.Equal(1, item.VersionOn(Today)!.Number);
        Assert.Equal(1, item.VersionOn(startOfNextMonth.AddDays(-1))!.Number);
        Assert.Equal(2, item.VersionOn(startOfNextMonth)!.Number);
        Assert.Equal(35m, item.VersionOn(startOfNextMonth)!.GuidancePriceMin);
        Assert.Null(item.VersionOn(new DateOnly(2025, 12, 31)));
        Assert.Equal("CatalogueItem.VersionAdded", item.PendingStateChanges[^1].Action);
    }

    [Theory]
    [InlineData(2026, 12, 3)]
    [InlineData(2026, 1, 1)]
    public void A_version_cannot_take_effect_in_the_past_or_before_the_latest(int year, int month, int day)
    {
        var item = Item();
        var refusal = Assert.Throws<DomainException>(() => item.AddVersion(Terms(), new DateOnly(year, month, day), Today, Now));
        Assert.Equal("Catalogue.EffectiveDateTooEarly", refusal.ResourceKey);
        Assert.Single(item.Versions);
    }

    [Fact]
    public void Two_versions_cannot_start_on_the_same_day()
    {
        var item = Item();
        item.AddVersion(Terms(), Today, Today, Now);
        Assert.Throws<DomainException>(() => item.AddVersion(Terms(), Today, Today, Now));
    }

    [Fact]
    public void A_retired_item_takes_no_new_version()
    {
        var item = Item();
        item.Retire();
        Assert.Equal("Catalogue.ItemRetired", Assert.Throws<DomainException>(() => item.AddVersion(Terms(), Today.AddDays(1), Today, Now)).ResourceKey);
    }

    [Fact]
    public void A_retired_category_takes_no_new_item()
    {
        var category = ServiceCategory.Create("interpretation", "翻译", "Interpretation", 50);
        category.Retire();
        Assert.Equal("Catalogue.CategoryRetired", Assert.Throws<DomainException>(() => CatalogueItem.Create(category, "x", Terms(), Today, Now)).ResourceKey);
    }

    [Theory]
    [InlineData(60, 50)]
    [InlineData(-1, 50)]
    [InlineData(0, 0)]
    public void The_guidance_price_range_must_make_sense(int min, int max)
        => Assert.Equal("Catalogue.PriceRange", Assert.Throws<DomainException>(() => Terms(min, max)).ResourceKey);

    [Fact]
    public void Kpi_weights_must_add_up_to_one_hundred()
    {
        var refusal = Assert.Throws<DomainException>(() => Terms(30, 50,
            new Kpi("送达成功率", KpiMetric.ServedRate, KpiDirection.HigherIsBetter, 95, 60),
            new Kpi("平均送达天数", KpiMetric.AverageDays, KpiDirection.LowerIsBetter, 5, 30)));
        Assert.Equal("Catalogue.KpiWeightsSum", refusal.ResourceKey);
    }

    [Fact]
    public void Kpi_names_must_differ()
        => Assert.Equal("Catalogue.KpiNamesUnique", Assert.Throws<DomainException>(() => Terms(30, 50,
            new Kpi("评价", KpiMetric.JudgeRating, KpiDirection.HigherIsBetter, 4, 50),
            new Kpi("评价", KpiMetric.PartySatisfaction, KpiDirection.HigherIsBetter, 4, 50))).ResourceKey);

    [Theory]
    [InlineData("Service Of Process")]
    [InlineData("送达")]
    [InlineData("-lead")]
    public void Codes_are_lower_case_words_joined_by_hyphens(string code)
        => Assert.Equal("Catalogue.CodeFormat", Assert.Throws<DomainException>(() => ServiceCategory.Create(code, "送达", "x", 1)).ResourceKey);

    [Fact]
    public void A_category_is_retired_and_reinstated_once_each()
    {
        var category = ServiceCategory.Create("mediation", "调解", "Mediation", 30);
        category.Retire();
        Assert.Throws<DomainException>(category.Retire);
        category.Reinstate();
        Assert.False(category.IsRetired);
        Assert.Throws<DomainException>(category.Reinstate);
    }
}
