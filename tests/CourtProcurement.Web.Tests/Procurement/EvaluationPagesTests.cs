using System.Net;
using AngleSharp.Dom;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Web.Tests.Procurement;

/// <summary>The demo's need under evaluation (四标段): two members declared, two of three bids checked.</summary>
public sealed class EvaluationPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<Guid> UnderEvaluationAsync()
        => portal.WithDatabaseAsync(db => db.ServiceNeeds.Where(n => n.Title.Contains("四标段")).Select(n => n.Id).SingleAsync());

    [Fact]
    public async Task A_member_who_has_not_declared_sees_only_the_bidders_names_and_the_declaration()
    {
        var id = await UnderEvaluationAsync();
        using var judge = portal.NewSession();
        await judge.SignInAsync(DemoUsers.LonghuaJudge2);
        var page = await judge.GetAsync($"/Evaluation/{id}");
        Assert.NotNull(page.Document.QuerySelector("[data-testid=declaration]"));
        Assert.Null(page.Document.QuerySelector("[data-testid=qualification]"));
        Assert.DoesNotContain("¥", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_score_is_shown_beside_its_field_and_nothing_is_saved()
    {
        var id = await UnderEvaluationAsync();
        using var judge = portal.NewSession();
        await judge.SignInAsync(DemoUsers.LonghuaJudge);
        var page = await judge.GetAsync($"/Evaluation/{id}");
        var field = page.Document.QuerySelector("form[data-testid=score-form] input[name^=score_]")!.GetAttribute("name")!;
        var refused = await judge.SubmitAsync(page, new Dictionary<string, string> { [field] = "abc" }, "form[data-testid=score-form]", "submit", "false");
        Assert.Equal("请填写数字。", refused.FieldError(field));
        Assert.Equal("abc", refused.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"input[name='{field}']")!.Value);

        var waiting = await judge.SubmitAsync(page, new Dictionary<string, string> { [field] = "30" }, "form[data-testid=score-form]", "submit", "false");
        Assert.Contains("请先完成所有投标的资格审查。", waiting.Text, StringComparison.Ordinal);

        // The third bid passes the check; then a score above its criterion's maximum is refused by name.
        var pending = waiting.Document.QuerySelectorAll("[data-testid=bid-row]").Single(r => r.TextContent.Contains("已开标", StringComparison.Ordinal));
        var checkedPage = await judge.SubmitAsync(waiting, new Dictionary<string, string> { ["passes"] = "true" }, $"form[action='{pending.QuerySelector("form")!.GetAttribute("action")}']");
        var tooHigh = await judge.SubmitAsync(checkedPage, new Dictionary<string, string> { [field] = "41" }, "form[data-testid=score-form]", "submit", "false");
        Assert.Equal("“服务方案与质量保障”的得分须在 0 至 40 之间，最多两位小数。", tooHigh.FieldError(field));
        Assert.False(await portal.WithDatabaseAsync(db => db.ScoreSheets.AnyAsync(s => s.NeedId == id)));
    }

    [Theory]
    [InlineData(DemoUsers.FutianJudge)]
    [InlineData(DemoUsers.FutianAdmin)]
    public async Task Another_courts_people_find_no_evaluation_and_no_need(string user)
    {
        var id = await UnderEvaluationAsync();
        using var other = portal.NewSession();
        await other.SignInAsync(user);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Evaluation/{id}")).Status);
    }
}
