using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Web.Infrastructure.Mail;
using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CourtProcurement.Web.Tests.Organizations;

public sealed class RegistrationAndVettingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Password = "Tongxin#2026pw";

    private async Task<Dictionary<string, string>> RegistrationAsync(string code, string userName, string name = "深圳市同心调解中心")
    {
        var mediation = await portal.WithDatabaseAsync(db => db.ServiceCategories.Where(c => c.Code == "mediation").Select(c => c.Id).SingleAsync());
        return new Dictionary<string, string>
        {
            ["Name"] = name,
            ["CreditCode"] = code,
            ["LegalForm"] = "SocialServiceOrganization",
            ["LegalRepresentative"] = "张三",
            ["ContactPerson"] = "李四",
            ["ContactPhone"] = "0755-1234 5678",
            ["ContactEmail"] = "contact@tongxin.example",
            ["Address"] = "深圳市龙华区观湖街道",
            ["Regions"] = "深圳市、东莞市",
            ["CategoryIds"] = mediation.ToString(),
            ["UserName"] = userName,
            ["DisplayName"] = "李四",
            ["Email"] = userName + "@tongxin.example",
            ["Password"] = Password,
            ["ConfirmPassword"] = Password,
        };
    }

    private static string Value(PortalPage page, string id) => page.Document.QuerySelector<IHtmlInputElement>("#" + id)!.Value;

    [Fact]
    public async Task Every_kind_of_bad_input_is_shown_beside_its_field_and_the_typed_values_stay()
    {
        using var visitor = portal.NewSession();
        var form = await visitor.GetAsync("/Register");
        var input = await RegistrationAsync("91350100M000100Y44", "bad user");
        input["LegalRepresentative"] = string.Empty;
        input["ContactPhone"] = "call me";
        input["ContactEmail"] = "not-an-email";
        input.Remove("CategoryIds"); // no box ticked
        input["Name"] = "填错了的机构";
        input["ConfirmPassword"] = "Different#2026";

        var page = await visitor.SubmitAsync(form, input);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("统一社会信用代码无效（应为 18 位，且校验位正确）。", page.FieldError("CreditCode"));
        Assert.Equal("请填写法定代表人。", page.FieldError("LegalRepresentative"));
        Assert.Equal("请输入有效的电话号码。", page.FieldError("ContactPhone"));
        Assert.Equal("请输入有效的电子邮箱地址。", page.FieldError("ContactEmail"));
        Assert.Equal("请至少选择一个服务类别。", page.FieldError("CategoryIds"));
        Assert.Equal("用户名只能包含字母、数字和 -._@+。", page.FieldError("UserName"));
        Assert.Equal("两次输入的新密码不一致。", page.FieldError("ConfirmPassword"));
        Assert.Equal("91350100M000100Y44", Value(page, "CreditCode"));
        Assert.Equal("填错了的机构", Value(page, "Name"));
        Assert.Equal("深圳市、东莞市", Value(page, "Regions"));
        Assert.Empty(Value(page, "Password"));
        Assert.False(await portal.WithDatabaseAsync(db => db.Organizations.AnyAsync(o => o.Name == "填错了的机构")));
    }

    [Fact]
    public async Task A_credit_code_already_registered_and_a_taken_user_name_are_refused_beside_their_fields()
    {
        var taken = await portal.WithDatabaseAsync(db => db.Organizations.Select(o => o.CreditCode).FirstAsync());
        using var visitor = portal.NewSession();

        var page = await visitor.SubmitAsync(await visitor.GetAsync("/Register"), await RegistrationAsync(taken, "another-admin"));
        Assert.Equal("该统一社会信用代码已在平台注册。", page.FieldError("CreditCode"));

        var second = await visitor.SubmitAsync(page, await RegistrationAsync("914403001922038216", DemoUsers.Org1Admin));
        Assert.Equal($"用户名“{DemoUsers.Org1Admin}”已被使用。", second.FieldError("UserName"));
        Assert.False(await portal.WithDatabaseAsync(db => db.Organizations.AnyAsync(o => o.CreditCode == "914403001922038216")));
    }

    [Fact]
    public async Task Registered_returned_corrected_resubmitted_and_verified_with_both_sides_told()
    {
        using var organization = portal.NewSession();
        var home = await organization.SubmitAsync(await organization.GetAsync("/Register"), await RegistrationAsync("91330100716105852F", "tongxin-admin", "深圳市同舟社工服务中心"));
        Assert.Equal("/Organization", home.Url.AbsolutePath);
        Assert.Equal("待审核", home.Document.QuerySelector("[data-testid=organization-status]")!.TextContent.Trim());
        var id = await portal.WithDatabaseAsync(db => db.Organizations.Where(o => o.CreditCode == "91330100716105852F").Select(o => o.Id).SingleAsync());

        using var platform = portal.NewSession();
        var platformHome = await platform.SignInAsync(DemoUsers.PlatformAdmin);
        Assert.NotNull(platformHome.Document.QuerySelector("[data-testid=unread-count]"));
        var inbox = await platform.GetAsync("/Inbox");
        Assert.Contains("新机构“深圳市同舟社工服务中心”已注册，等待审核。", inbox.Document.QuerySelector("[data-testid=inbox]")?.TextContent ?? inbox.Html, StringComparison.Ordinal);

        var vetting = await platform.GetAsync($"/Vetting/{id}");
        var noReason = await platform.SubmitAsync(vetting, new Dictionary<string, string> { ["Return.Reason"] = " " }, "form[data-testid=return-form]");
        Assert.Equal("请填写退回意见。", noReason.FieldError("Return.Reason"));
        await platform.SubmitAsync(noReason, new Dictionary<string, string> { ["Return.Reason"] = "法定代表人与登记证书不一致" }, "form[data-testid=return-form]");

        var returned = await organization.GetAsync("/Organization");
        Assert.Equal("法定代表人与登记证书不一致", returned.Document.QuerySelector("[data-testid=return-reason]")!.TextContent.Trim());
        Assert.Contains("法定代表人与登记证书不一致", (await organization.GetAsync("/Inbox")).Text, StringComparison.Ordinal);

        var edit = await organization.GetAsync("/Organization/Edit");
        var corrected = await RegistrationAsync("91330100716105852F", "ignored", "深圳市同舟社工服务中心");
        corrected["LegalRepresentative"] = "王五";
        await organization.SubmitAsync(edit, corrected);
        var resubmitted = await organization.SubmitAsync(await organization.GetAsync("/Organization"), new Dictionary<string, string>(), "form[action='/Organization/Resubmit']");
        Assert.Equal("待审核", resubmitted.Document.QuerySelector("[data-testid=organization-status]")!.TextContent.Trim());

        var verified = await platform.SubmitAsync(await platform.GetAsync($"/Vetting/{id}"), new Dictionary<string, string>(), "form[action$='/Verify']");
        Assert.Equal("审核通过，机构将收到通知。", verified.Document.QuerySelector("[data-testid=flash]")!.TextContent.Trim());
        var done = await organization.GetAsync("/Organization");
        Assert.Equal("已审核", done.Document.QuerySelector("[data-testid=organization-status]")!.TextContent.Trim());
        Assert.Contains("王五", done.Text, StringComparison.Ordinal);

        // The e-mail copies go out through the mail folder.
        await portal.Services.GetRequiredService<NotificationMailer>().DispatchPendingAsync();
        var mail = await portal.WithDatabaseAsync(db => db.Set<CourtProcurement.Application.Notifications.Notification>().CountAsync(n => n.EmailedAt == null));
        Assert.Equal(0, mail);

        var trail = await portal.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.EntityId == id.ToString()).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        Assert.Equal(["Organization.Registered", "Organization.ReturnedForCorrection", "Organization.ProfileUpdated", "Organization.Resubmitted", "Organization.Verified"], trail);
    }

    [Fact]
    public async Task Court_staff_read_verified_organizations_but_not_their_members_or_pending_ones()
    {
        var (verified, pending) = await portal.WithDatabaseAsync(async db => (
            await db.Organizations.Where(o => o.Status == CourtProcurement.Domain.Organizations.OrganizationStatus.Verified).Select(o => o.Id).FirstAsync(),
            await db.Users.Where(u => u.UserName == DemoUsers.Org4Admin).Select(u => u.OrganizationId!.Value).SingleAsync()));
        using var judge = portal.NewSession();
        await judge.SignInAsync(DemoUsers.FutianJudge2);

        var record = await judge.GetAsync($"/Organizations/{verified}");
        Assert.Equal(HttpStatusCode.OK, record.Status);
        Assert.Null(record.Document.QuerySelector("[data-testid=organization-members]"));
        Assert.Equal(HttpStatusCode.NotFound, (await judge.GetAsync($"/Organizations/{pending}")).Status);
    }

    [Fact]
    public async Task Another_organization_cannot_reach_vetting_or_the_shared_record()
    {
        var org1 = await portal.WithDatabaseAsync(db => db.Users.Where(u => u.UserName == DemoUsers.Org1Admin).Select(u => u.OrganizationId!.Value).SingleAsync());
        using var org2 = portal.NewSession();
        await org2.SignInAsync(DemoUsers.Org2Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await org2.GetAsync($"/Vetting/{org1}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await org2.GetAsync($"/Organizations/{org1}")).Status);
        var own = await org2.GetAsync("/Organization");
        Assert.DoesNotContain(DemoUsers.Org1Admin, own.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_opens_another_persons_notice()
    {
        using var platform = portal.NewSession();
        await platform.SignInAsync(DemoUsers.PlatformAdmin);
        using var visitor = portal.NewSession();
        await visitor.SubmitAsync(await visitor.GetAsync("/Register"), await RegistrationAsync("9144030071526726XG", "xinyuan-admin"));
        var noticeId = await portal.WithDatabaseAsync(db => db.Set<CourtProcurement.Application.Notifications.Notification>()
            .Where(n => n.MessageKey == "Notice.OrganizationRegistered").Select(n => n.Id).FirstAsync());

        using var judge = portal.NewSession();
        var page = await judge.SignInAsync(DemoUsers.LonghuaJudge);
        var token = page.Document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var open = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var refused = await judge.FollowAsync(await judge.Client.PostAsync($"/Inbox/{noticeId}/Open", open));

        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.False(await portal.WithDatabaseAsync(db => db.Set<CourtProcurement.Application.Notifications.Notification>().Where(n => n.Id == noticeId).Select(n => n.ReadAt != null).SingleAsync()));
    }
}
