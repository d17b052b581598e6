using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;
using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Web.Tests.Contracts;

/// <summary>
/// Through the forms: the court awards the evaluated demo tender, waits out the challenge period, draws up
/// the contract (a bad unit price is shown beside the field), the winner signs, a work order is issued (a bad
/// case number is shown beside it), delivered and verified, and the public and the open data show the result.
/// </summary>
public sealed class ContractFlowTests(ClockedPortalFactory portal) : IClassFixture<ClockedPortalFactory>
{
    private string Day(int days) => ChinaTime.Today(portal.Clock.GetUtcNow()).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_contract_is_drawn_signed_and_worked_through_the_forms_and_published()
    {
        var needId = await portal.WithDatabaseAsync(db => db.ServiceNeeds.IgnoreQueryFilters().Where(n => n.Status == NeedStatus.Evaluated).Select(n => n.Id).SingleAsync());
        using (var court = portal.NewSession())
        {
            await court.SignInAsync(DemoUsers.LonghuaAdmin);
            var award = await court.GetAsync($"/Procurement/{needId}?tab=award");
            var first = award.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("[data-testid=award-form] input[name='Award.BidId'][checked]")!.Value;
            await court.SubmitAsync(award, new Dictionary<string, string> { ["Award.BidId"] = first, ["Award.Reason"] = string.Empty }, "[data-testid=award-form]");
            Assert.Null((await court.GetAsync($"/Procurement/{needId}?tab=award")).Document.QuerySelector("[data-testid=draw-contract]"));
        }

        portal.Clock.Advance(TimeSpan.FromDays(30));
        using var longhua = portal.NewSession();
        await longhua.SignInAsync(DemoUsers.LonghuaAdmin);
        var awardTab = await longhua.GetAsync($"/Procurement/{needId}?tab=award");
        Assert.Equal("质疑、投诉期限均已届满，可以签订合同。", awardTab.Document.QuerySelector("[data-testid=contract-readiness]")?.TextContent);
        var draft = await longhua.GetAsync(awardTab.Document.QuerySelector("[data-testid=draw-contract]")!.GetAttribute("href")!);
        var proposed = draft.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_UnitPrice")!.Value;
        var refused = await longhua.SubmitAsync(draft, new Dictionary<string, string>
        {
            ["Input.UnitPrice"] = "999", ["Input.PeriodStart"] = Day(0), ["Input.PeriodEnd"] = Day(120), ["Input.IsFramework"] = "false",
        });
        Assert.Contains("不得高于成交总价除以数量", refused.FieldError("Input.UnitPrice"), StringComparison.Ordinal);
        Assert.Equal("999", refused.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_UnitPrice")!.Value);
        var contract = await longhua.SubmitAsync(refused, new Dictionary<string, string>
        {
            ["Input.UnitPrice"] = proposed, ["Input.PeriodStart"] = Day(0), ["Input.PeriodEnd"] = Day(120), ["Input.IsFramework"] = "true",
        });
        Assert.Equal("待签署", contract.Document.QuerySelector("[data-testid=contract-status]")!.TextContent);
        var contractId = Guid.Parse(contract.Url.AbsolutePath.Split('/')[^1]);
        Assert.Null(contract.Document.QuerySelector("[data-testid=work-order-form]"));

        // The signed text: a file that is not a PDF or image is refused beside the field; a PDF is kept.
        var notPdf = await longhua.UploadAsync(contract, "[data-testid=text-form]", new Dictionary<string, string>(), "text", "合同.docx", "PK\u0003\u0004 not a pdf"u8.ToArray());
        Assert.False(string.IsNullOrWhiteSpace(notPdf.Document.QuerySelector("[data-testid=text-error]")!.TextContent));
        var pdf = "%PDF-1.4\n% signed contract\n%%EOF\n"u8.ToArray();
        contract = await longhua.UploadAsync(notPdf, "[data-testid=text-form]", new Dictionary<string, string>(), "text", "合同（签字版）.pdf", pdf);
        Assert.Contains("合同（签字版）.pdf", contract.Document.QuerySelector("[data-testid=contract-text]")!.TextContent, StringComparison.Ordinal);
        using (var before = portal.NewSession())
        {
            // Not public while pending.
            Assert.Equal(HttpStatusCode.NotFound, (await before.Client.GetAsync($"/Notices/Contracts/{contractId}/Text")).StatusCode);
        }

        var supplierUser = await portal.WithDatabaseAsync(async db =>
        {
            var organization = await db.Contracts.IgnoreQueryFilters().Where(c => c.Id == contractId).Select(c => c.OrganizationId).SingleAsync();
            return await db.Users.Where(u => u.OrganizationId == organization).Select(u => u.UserName!).FirstAsync();
        });
        using var supplier = portal.NewSession();
        await supplier.SignInAsync(supplierUser);
        var toSign = await supplier.GetAsync($"/MyContracts/{contractId}");
        var signed = await supplier.SubmitAsync(toSign, new Dictionary<string, string>(), "form[action$='/Sign']");
        Assert.Equal("履行中", signed.Document.QuerySelector("[data-testid=contract-status]")!.TextContent);

        var active = await longhua.GetAsync($"/Contracts/{contractId}");
        var badCase = await longhua.SubmitAsync(active, new Dictionary<string, string>
        {
            ["WorkOrder.CaseNumber"] = "民初1234", ["WorkOrder.Quantity"] = "30", ["WorkOrder.DueDate"] = Day(7), ["WorkOrder.Description"] = "送达判决书",
        }, "[data-testid=work-order-form]");
        Assert.Contains("案号格式不正确", badCase.FieldError("WorkOrder.CaseNumber"), StringComparison.Ordinal);
        Assert.Equal("送达判决书", badCase.Document.QuerySelector("#WorkOrder_Description")!.TextContent);
        var issued = await longhua.SubmitAsync(badCase, new Dictionary<string, string>
        {
            ["WorkOrder.CaseNumber"] = "(2026)粤0309民初4321号", ["WorkOrder.Quantity"] = "30", ["WorkOrder.DueDate"] = Day(7), ["WorkOrder.Description"] = "送达判决书",
        }, "[data-testid=work-order-form]");
        Assert.Equal("已下达", issued.Document.QuerySelector("[data-testid=work-order-status]")!.TextContent);

        // 福田 is no party to this contract yet: it reads nothing. Then the buyer lets it join.
        using var futian = portal.NewSession();
        await futian.SignInAsync(DemoUsers.FutianAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await futian.GetAsync($"/Contracts/{contractId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await futian.Client.GetAsync($"/Contracts/{contractId}/Text")).StatusCode);
        var futianId = await portal.WithDatabaseAsync(db => db.Courts.Where(c => c.ShortCode == "粤0304").Select(c => c.Id).SingleAsync());
        var noCourt = await longhua.SubmitAsync(issued, new Dictionary<string, string> { ["Member.CourtId"] = string.Empty }, "[data-testid=member-form]");
        Assert.False(string.IsNullOrEmpty(noCourt.FieldError("Member.CourtId")));
        var joined = await longhua.SubmitAsync(noCourt, new Dictionary<string, string> { ["Member.CourtId"] = futianId.ToString() }, "[data-testid=member-form]");
        Assert.Contains("福田", joined.Document.QuerySelector("[data-testid=members]")!.TextContent, StringComparison.Ordinal);
        var memberView = await futian.GetAsync($"/Contracts/{contractId}");
        Assert.Equal(HttpStatusCode.OK, memberView.Status);
        Assert.DoesNotContain("民初4321", memberView.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var mine = await supplier.GetAsync($"/MyContracts/{contractId}");
        mine = await supplier.SubmitAsync(mine, new Dictionary<string, string>(), "form[action*='/Accept']");
        var empty = await supplier.SubmitAsync(mine, new Dictionary<string, string> { ["note"] = " " }, "form[action*='/Deliver']");
        Assert.Contains("请填写完成情况说明", empty.Text, StringComparison.Ordinal);
        var tooLong = new string('送', 2001);
        var refusedNote = await supplier.SubmitAsync(empty, new Dictionary<string, string> { ["note"] = tooLong }, "form[action*='/Deliver']");
        Assert.Equal(tooLong, refusedNote.Document.QuerySelector("form[action*='/Deliver'] textarea[name=note]")!.TextContent);
        await supplier.SubmitAsync(empty, new Dictionary<string, string> { ["note"] = "30 份判决书均已送达" }, "form[action*='/Deliver']");
        var toVerify = await longhua.GetAsync($"/Contracts/{contractId}");
        var verified = await longhua.SubmitAsync(toVerify, new Dictionary<string, string>(), "form[action*='/Verify']");
        Assert.Equal("已验收", verified.Document.QuerySelector("[data-testid=work-order-status]")!.TextContent);

        using var anyone = portal.NewSession();
        var summary = await anyone.GetAsync($"/Notices/Contracts/{contractId}");
        Assert.NotEqual("¥0.00", summary.Document.QuerySelector("[data-testid=verified-amount]")!.TextContent.Trim());
        Assert.DoesNotContain("民初4321", summary.Html, StringComparison.Ordinal);
        Assert.Equal(pdf, await anyone.Client.GetByteArrayAsync($"/Notices/Contracts/{contractId}/Text"));
        var releases = await anyone.Client.GetStringAsync($"/api/ocds/releases/ocds-cpcourt-{needId}");
        Assert.Contains("\"implementation\"", releases, StringComparison.Ordinal);
        Assert.DoesNotContain("民初4321", releases, StringComparison.Ordinal);

        // Termination needs reasons (kept beside the field), and the member court is told.
        var manage = await longhua.GetAsync($"/Contracts/{contractId}");
        manage.Document.QuerySelector("[data-testid=reason-form]")!.SetAttribute("action", $"/Contracts/{contractId}/Terminate");
        var noReason = await longhua.SubmitAsync(manage, new Dictionary<string, string> { ["Closing.Reason"] = string.Empty }, "[data-testid=reason-form]");
        Assert.False(string.IsNullOrEmpty(noReason.FieldError("Closing.Reason")));
        noReason.Document.QuerySelector("[data-testid=reason-form]")!.SetAttribute("action", $"/Contracts/{contractId}/Terminate");
        var ended = await longhua.SubmitAsync(noReason, new Dictionary<string, string> { ["Closing.Reason"] = "服务需求调整，双方协商一致解除。" }, "[data-testid=reason-form]");
        Assert.Equal("已解除", ended.Document.QuerySelector("[data-testid=contract-status]")!.TextContent);
        Assert.Contains("已解除", (await futian.GetAsync("/Inbox")).Text, StringComparison.Ordinal);
    }
}
