using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;
using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Web.Tests.Procurement;

public sealed class ProcurementPagesTests(ClockedPortalFactory portal) : IClassFixture<ClockedPortalFactory>
{
    private const string SecretPrice = "88888.88";
    private const string SecretProposal = "独家方案QX7";

    private DateTimeOffset Now => portal.Clock.GetUtcNow();

    private static string Local(DateTimeOffset instant) => ChinaTime.ToChinaTime(instant).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private async Task<Guid> DirectServiceItemAsync()
        => await portal.WithDatabaseAsync(db => db.CatalogueItems.Where(i => i.Code == "sop-direct").Select(i => i.Id).SingleAsync());

    private async Task<Dictionary<string, string>> NeedFormAsync(DateTimeOffset deadline, int priceWeight = 30) => new()
    {
        ["Input.CatalogueItemId"] = (await DirectServiceItemAsync()).ToString(),
        ["Input.Title"] = "2027年度直接送达服务（测试）",
        ["Input.Description"] = "为本院民商事案件提供直接送达服务。",
        ["Input.Quantity"] = "2000",
        ["Input.BudgetCeiling"] = "100000",
        ["Input.UnitPriceCeiling"] = "",
        ["Input.ServiceStart"] = "2027-01-01",
        ["Input.ServiceEnd"] = "2027-12-31",
        ["Input.Place"] = "深圳市龙华区",
        ["Input.Method"] = "OpenTender",
        ["Input.EvaluationMethod"] = "Comprehensive",
        ["Input.PriceWeight"] = priceWeight.ToString(CultureInfo.InvariantCulture),
        ["Input.Criteria[0].Name"] = "服务方案",
        ["Input.Criteria[0].MaxScore"] = "40",
        ["Input.Criteria[1].Name"] = "人员配备",
        ["Input.Criteria[1].MaxScore"] = "30",
        ["Input.BidDeadline"] = Local(deadline),
        ["Input.OpeningTime"] = "",
    };

    /// <summary>Longhua's administrator drafts and publishes an open tender through the pages.</summary>
    private async Task<Guid> PublishedNeedAsync(PortalSession court)
    {
        var form = await court.GetAsync("/Procurement/New");
        var saved = await court.SubmitAsync(form, await NeedFormAsync(Now.AddDays(25)), "form[data-testid=need-form]");
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        var id = Guid.Parse(saved.Url.AbsolutePath.Split('/')[^1]);
        var published = await court.SubmitAsync(saved, new Dictionary<string, string>(), "form[action$='/Publish']");
        Assert.Equal("公告中", published.Document.QuerySelector("[data-testid=need-status]")!.TextContent);
        return id;
    }

    [Fact]
    public async Task A_court_administrator_drafts_and_publishes_and_bad_input_is_shown_beside_its_field_with_what_was_typed()
    {
        using var court = portal.NewSession();
        await court.SignInAsync(DemoUsers.LonghuaAdmin);
        var form = await court.GetAsync("/Procurement/New");

        var heavy = await court.SubmitAsync(form, await NeedFormAsync(Now.AddDays(25), priceWeight: 40), "form[data-testid=need-form]");
        Assert.Equal("价格分权重须在 10 至 30 之间。", heavy.FieldError("Input.PriceWeight"));
        Assert.Equal("2027年度直接送达服务（测试）", heavy.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);

        var early = await court.SubmitAsync(heavy, await NeedFormAsync(Now.AddDays(5)), "form[data-testid=need-form]");
        var earliest = ChinaTime.Today(Now).AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal($"投标截止时间不得早于 {earliest}（该采购方式的法定最短期限）。", early.FieldError("Input.BidDeadline"));

        var id = await PublishedNeedAsync(court);
        var overview = await court.GetAsync($"/Procurement/{id}");
        var notTyped = await court.UploadAsync(overview, "form[data-testid=need-upload-form]", new Dictionary<string, string>(), "document", "notes.txt", Encoding.UTF8.GetBytes("plain text"));
        Assert.Equal("只接受 PDF、JPEG 或 PNG 文件（按文件内容识别，而非文件名）。", notTyped.FieldError("Document"));
        var attached = await court.UploadAsync(overview, "form[data-testid=need-upload-form]", new Dictionary<string, string>(), "document", "采购文件.pdf", Encoding.ASCII.GetBytes("%PDF-1.7 tender documents"));
        var link = attached.Document.QuerySelector("[data-testid=need-documents] a")!.GetAttribute("href")!;
        using (var reader = portal.NewSession())
        {
            await reader.SignInAsync(DemoUsers.Org2Admin);
            var tenderLink = (await reader.GetAsync($"/Tenders/{id}")).Document.QuerySelector("[data-testid=need-documents] a")!.GetAttribute("href")!;
            Assert.Equal("%PDF-1.7 tender documents", await (await reader.Client.GetAsync(tenderLink)).Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(link)).Status);
        }

        var notice = await court.GetAsync($"/Procurement/{id}?tab=history");
        Assert.Contains("发布公告", notice.Document.QuerySelector("[data-testid=history]")!.TextContent, StringComparison.Ordinal);

        // Futian's administrator finds nothing of Longhua's need, and cannot act on it.
        using var futian = portal.NewSession();
        await futian.SignInAsync(DemoUsers.FutianAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await futian.GetAsync($"/Procurement/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await futian.GetAsync($"/Procurement/{id}/Edit")).Status);
        var post = await futian.Client.PostAsync($"/Procurement/{id}/Cancel", new FormUrlEncodedContent([new("Cancel.Reason", "x")]));
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(NeedStatus.Published, await portal.WithDatabaseAsync(db => db.ServiceNeeds.Where(n => n.Id == id).Select(n => n.Status).SingleAsync()));
    }

    [Fact]
    public async Task Before_the_deadline_no_page_or_file_route_shows_a_bid_to_the_court_the_platform_or_another_organization()
    {
        using var court = portal.NewSession();
        await court.SignInAsync(DemoUsers.LonghuaAdmin);
        var needId = await PublishedNeedAsync(court);

        using var bidder = portal.NewSession();
        await bidder.SignInAsync(DemoUsers.Org1Admin);
        var form = await bidder.GetAsync($"/Bids/{needId}");
        var tooHigh = await bidder.SubmitAsync(form, new Dictionary<string, string> { ["Input.Price"] = "100000.01", ["Input.Proposal"] = SecretProposal }, "form[data-testid=bid-form]");
        Assert.Equal("报价超过预算上限（¥100,000.00）。", tooHigh.FieldError("Input.Price"));
        Assert.Equal(SecretProposal, tooHigh.Document.QuerySelector("#Input_Proposal")!.TextContent);
        var saved = await bidder.SubmitAsync(tooHigh, new Dictionary<string, string> { ["Input.Price"] = SecretPrice, ["Input.Proposal"] = SecretProposal }, "form[data-testid=bid-form]");
        var uploaded = await bidder.UploadAsync(saved, "form[data-testid=upload-form]", new Dictionary<string, string>(), "document", "方案.pdf", Encoding.ASCII.GetBytes("%PDF-1.7 sealed proposal"));
        var submitted = await bidder.SubmitAsync(uploaded, new Dictionary<string, string> { ["Input.Price"] = SecretPrice, ["Input.Proposal"] = SecretProposal }, "form[data-testid=bid-form]", "submit", "true");
        Assert.Equal("已提交", submitted.Document.QuerySelector("[data-testid=bid-status]")!.TextContent);

        var (bidId, documentId) = await portal.WithDatabaseAsync(async db =>
        {
            var bid = await db.Bids.Include(b => b.Documents).SingleAsync(b => b.NeedId == needId);
            return (bid.Id, bid.Documents.Single().Id);
        });
        var secrets = new[] { SecretPrice, "88,888.88", SecretProposal };

        foreach (var tab in new[] { "overview", "clarifications", "bids", "evaluation", "award", "history" })
        {
            var page = await court.GetAsync($"/Procurement/{needId}?tab={tab}");
            Assert.All(secrets, s => Assert.DoesNotContain(s, page.Html, StringComparison.Ordinal));
            Assert.DoesNotContain("Bid.Submitted", page.Html, StringComparison.Ordinal);
        }

        Assert.Contains("密封", (await court.GetAsync($"/Procurement/{needId}?tab=bids")).Document.QuerySelector("[data-testid=sealed]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await court.GetAsync($"/Procurement/{needId}/Bids/{bidId}/Documents/{documentId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await court.GetAsync($"/Evaluation/{needId}/Bids/{bidId}/Documents/{documentId}")).Status);

        using var platform = portal.NewSession();
        await platform.SignInAsync(DemoUsers.PlatformAdmin);
        var trail = await platform.GetAsync("/AuditTrail");
        Assert.Equal(HttpStatusCode.OK, trail.Status);
        Assert.All(secrets, s => Assert.DoesNotContain(s, trail.Html, StringComparison.Ordinal));
        Assert.DoesNotContain(bidId.ToString(), trail.Html, StringComparison.Ordinal);
        var filtered = await platform.GetAsync($"/AuditTrail?entityId={bidId}");
        Assert.Equal(HttpStatusCode.OK, filtered.Status);
        Assert.DoesNotContain("Bid.", filtered.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.GetAsync($"/Procurement/{needId}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.GetAsync($"/Bids/{needId}/{bidId}/Documents/{documentId}")).Status);

        using var rival = portal.NewSession();
        await rival.SignInAsync(DemoUsers.Org2Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await rival.GetAsync($"/Bids/{needId}/{bidId}/Documents/{documentId}")).Status);
        foreach (var url in new[] { $"/Tenders/{needId}", $"/Bids/{needId}", "/Bids" })
        {
            var page = await rival.GetAsync(url);
            Assert.All(secrets, s => Assert.DoesNotContain(s, page.Html, StringComparison.Ordinal));
        }

        // The bidder itself reads its own document back, decrypted.
        var own = await bidder.Client.GetAsync($"/Bids/{needId}/{bidId}/Documents/{documentId}");
        Assert.Equal("%PDF-1.7 sealed proposal", await own.Content.ReadAsStringAsync());

        // After the deadline the court sees how many bids there are, still nothing in them.
        portal.Clock.Advance(TimeSpan.FromDays(26));
        using var later = portal.NewSession();
        await later.SignInAsync(DemoUsers.LonghuaAdmin);
        var count = await later.GetAsync($"/Procurement/{needId}?tab=bids");
        Assert.Equal("已提交投标 1 份（开标前不显示投标人和报价）。", count.Document.QuerySelector("[data-testid=bid-count]")!.TextContent);
        Assert.All(secrets, s => Assert.DoesNotContain(s, count.Html, StringComparison.Ordinal));

        // A submission a moment after the deadline is refused with a clear message, though the form was open before.
        using var lateBidder = portal.NewSession();
        await lateBidder.SignInAsync(DemoUsers.Org2Admin);
        var lateForm = await lateBidder.GetAsync($"/Bids/{needId}");
        var refused = await lateBidder.Client.PostAsync($"/Bids/{needId}", new FormUrlEncodedContent(
        [
            new("Input.Price", "90000"), new("submit", "true"),
            new("__RequestVerificationToken", lateForm.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value),
        ]));
        Assert.Contains("投标截止时间已过", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Opening one bid of an open tender: too few, the need fails (流标) and the opening record shows the price.
        var opened = await later.SubmitAsync(count, new Dictionary<string, string>(), "form[action$='/Open']");
        Assert.Contains("88,888.88", opened.Document.QuerySelector("[data-testid=opening-record]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("流标", opened.Document.QuerySelector("[data-testid=need-status]")!.TextContent);
    }
}
