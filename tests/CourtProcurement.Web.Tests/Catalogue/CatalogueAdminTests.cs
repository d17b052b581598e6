using AngleSharp.Dom;
using System.Net;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Web.Tests.Catalogue;

public sealed class CatalogueAdminTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> ValidItem(string code) => new()
    {
        ["Input.CategoryId"] = string.Empty,
        ["Input.Code"] = code,
        ["Input.NameZh"] = "庭审记录校对",
        ["Input.NameEn"] = "Transcript proofreading",
        ["Input.Unit"] = "PerPage",
        ["Input.GuidancePriceMin"] = "2.5",
        ["Input.GuidancePriceMax"] = "6",
        ["Input.EffectiveFrom"] = DateTime.UtcNow.AddHours(8).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Kpis[0].Name"] = "按时交付率",
        ["Input.Kpis[0].Metric"] = "OnTimeRate",
        ["Input.Kpis[0].Direction"] = "HigherIsBetter",
        ["Input.Kpis[0].Target"] = "98",
        ["Input.Kpis[0].Weight"] = "70",
        ["Input.Kpis[1].Name"] = "每页更正数",
        ["Input.Kpis[1].Metric"] = "CorrectionsPerPage",
        ["Input.Kpis[1].Direction"] = "LowerIsBetter",
        ["Input.Kpis[1].Target"] = "0.3",
        ["Input.Kpis[1].Weight"] = "30",
    };

    private async Task<string> CategoryIdAsync(string code)
        => (await portal.WithDatabaseAsync(db => db.ServiceCategories.Where(c => c.Code == code).Select(c => c.Id).SingleAsync())).ToString();

    [Fact]
    public async Task Every_signed_in_person_reads_the_catalogue_with_prices_and_kpis()
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(DemoUsers.Org2Admin);

        var catalogue = await browser.GetAsync("/Catalogue");
        Assert.Equal(HttpStatusCode.OK, catalogue.Status);
        Assert.Contains("庭审速录", catalogue.Text, StringComparison.Ordinal);
        Assert.Contains("¥80.00 – ¥150.00", catalogue.Text, StringComparison.Ordinal);

        var link = catalogue.Document.QuerySelector("a[href^='/Catalogue/Items/']")!.GetAttribute("href")!;
        var item = await browser.GetAsync(link);
        Assert.NotNull(item.Document.QuerySelector("[data-testid=version-1]"));
        Assert.DoesNotContain("/CatalogueAdmin/", item.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_price_change_is_a_new_version_and_both_stay_visible()
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(DemoUsers.FutianJudge);
        var catalogue = await browser.GetAsync("/Catalogue");
        var direct = catalogue.Document.QuerySelectorAll("a").First(a => a.TextContent.Trim() == "直接送达").GetAttribute("href")!;

        var item = await browser.GetAsync(direct);

        Assert.Contains("现行", item.Document.QuerySelector("[data-testid=version-1]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("待生效", item.Document.QuerySelector("[data-testid=version-2]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("¥35.00 – ¥55.00", item.Document.QuerySelector("[data-testid=version-2] [data-testid=price]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_shown_beside_each_field_and_what_was_typed_stays()
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(DemoUsers.PlatformAdmin);
        var form = await browser.GetAsync("/CatalogueAdmin/NewItem");
        var input = ValidItem("Bad Code");
        input["Input.CategoryId"] = await CategoryIdAsync("hearing-transcription");
        input["Input.NameZh"] = string.Empty;
        input["Input.GuidancePriceMin"] = "9";
        input["Input.Kpis[1].Weight"] = "20";
        input["Input.Kpis[2].Name"] = "半截指标";

        var page = await browser.SubmitAsync(form, input);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("代码只能包含小写字母、数字和连字符。", page.FieldError("Input.Code"));
        Assert.Equal("请填写中文名称。", page.FieldError("Input.NameZh"));
        Assert.Equal("指导价上限须大于零且不低于下限。", page.FieldError("Input.GuidancePriceMax"));
        Assert.Equal("至少填写一个考核指标，且各指标权重之和须为 100。", page.FieldError("Input.Kpis"));
        Assert.Equal("此行指标未填写完整。", page.FieldError("Input.Kpis[2]"));
        Assert.Equal("Bad Code", page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Code")!.Value);
        Assert.Equal("半截指标", page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Kpis_2__Name")!.Value);
        Assert.False(await portal.WithDatabaseAsync(db => db.CatalogueItems.AnyAsync(i => i.Code == "bad code")));
    }

    [Fact]
    public async Task A_platform_administrator_adds_an_item_then_a_version_and_a_past_date_is_refused()
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(DemoUsers.PlatformAdmin);
        var input = ValidItem("transcript-proofreading");
        input["Input.CategoryId"] = await CategoryIdAsync("hearing-transcription");

        var item = await browser.SubmitAsync(await browser.GetAsync("/CatalogueAdmin/NewItem"), input);

        Assert.Equal("目录项已保存。", item.Document.QuerySelector("[data-testid=flash]")!.TextContent.Trim());
        Assert.Equal("庭审记录校对", item.Document.QuerySelector("[data-testid=item-name]")!.TextContent.Trim());
        Assert.Contains("¥2.50 – ¥6.00", item.Text, StringComparison.Ordinal);

        var versionForm = await browser.GetAsync(item.Document.QuerySelector("a[href$='/NewVersion']")!.GetAttribute("href")!);
        var past = ValidItem("ignored");
        past["Input.EffectiveFrom"] = "2020-01-01";
        var refused = await browser.SubmitAsync(versionForm, past);
        Assert.StartsWith("生效日期不能早于今天", refused.FieldError("Input.EffectiveFrom"), StringComparison.Ordinal);

        var later = ValidItem("ignored");
        later["Input.EffectiveFrom"] = DateTime.UtcNow.AddHours(8).AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        later["Input.GuidancePriceMax"] = "7";
        var saved = await browser.SubmitAsync(refused, later);
        Assert.Contains("¥2.50 – ¥7.00", saved.Document.QuerySelector("[data-testid=version-2]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("transcript-proofreading", await portal.WithDatabaseAsync(db => db.CatalogueItems.Where(i => i.Versions.Count == 2 && i.Code == "transcript-proofreading").Select(i => i.Code).SingleAsync()));
    }

    [Fact]
    public async Task A_category_code_in_use_is_refused_beside_the_code()
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(DemoUsers.PlatformAdmin);
        var page = await browser.SubmitAsync(await browser.GetAsync("/CatalogueAdmin/NewCategory"), new Dictionary<string, string>
        {
            ["Input.Code"] = "mediation",
            ["Input.NameZh"] = "调解",
            ["Input.NameEn"] = "Mediation",
            ["Input.SortOrder"] = "5",
        });
        Assert.Equal("代码“mediation”已被使用。", page.FieldError("Input.Code"));
    }

    [Theory]
    [InlineData(DemoUsers.LonghuaJudge)]
    [InlineData(DemoUsers.LonghuaAdmin)]
    [InlineData(DemoUsers.Org1Admin)]
    public async Task Only_platform_administrators_edit_the_catalogue(string user)
    {
        using var browser = portal.NewSession();
        await browser.SignInAsync(user);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/CatalogueAdmin/NewItem")).Status);
        var categoryId = await CategoryIdAsync("mediation");
        var catalogue = await browser.GetAsync("/Catalogue");
        var token = catalogue.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var retire = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var refused = await browser.FollowAsync(await browser.Client.PostAsync($"/CatalogueAdmin/Categories/{categoryId}/Retire", retire));

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.False(await portal.WithDatabaseAsync(db => db.ServiceCategories.Where(c => c.Code == "mediation").Select(c => c.IsRetired).SingleAsync()));
    }
}
