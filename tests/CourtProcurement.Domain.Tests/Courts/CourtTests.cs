using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Courts;

namespace CourtProcurement.Domain.Tests.Courts;

public sealed class CourtTests
{
    [Fact]
    public void A_basic_court_sits_under_an_intermediate_court()
    {
        var shenzhen = Court.Create("深圳市中级人民法院", "粤03", CourtLevel.Intermediate, null);
        var longhua = Court.Create("深圳市龙华区人民法院", "粤0309", CourtLevel.Basic, shenzhen);

        Assert.Equal(shenzhen.Id, longhua.ParentCourtId);
        Assert.Equal(Court.ChinaStandardTime, longhua.TimeZoneId);
        Assert.Equal("Court.Created", Assert.Single(longhua.PendingStateChanges).Action);
    }

    [Fact]
    public void A_parent_must_be_exactly_one_level_higher()
    {
        var guangdong = Court.Create("广东省高级人民法院", "粤", CourtLevel.High, null);
        var refusal = Assert.Throws<DomainException>(() => Court.Create("深圳市龙华区人民法院", "粤0309", CourtLevel.Basic, guangdong));
        Assert.Equal("Court.ParentMustBeOneLevelUp", refusal.ResourceKey);
    }

    [Fact]
    public void The_supreme_court_has_no_parent()
    {
        var other = Court.Create("最高人民法院", "最高法", CourtLevel.Supreme, null);
        Assert.Equal("Court.SupremeHasNoParent",
            Assert.Throws<DomainException>(() => Court.Create("最高人民法院", "最高法", CourtLevel.Supreme, other)).ResourceKey);
    }

    [Theory]
    [InlineData("", "粤03", "Court.NameRequired")]
    [InlineData("深圳市中级人民法院", " ", "Court.ShortCodeRequired")]
    public void Name_and_code_are_required(string name, string code, string key)
        => Assert.Equal(key, Assert.Throws<DomainException>(() => Court.Create(name, code, CourtLevel.Intermediate, null)).ResourceKey);
}
