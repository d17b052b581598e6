using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Web.Tests.Courts;

public sealed partial class PlatformCourtTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private string InvitationLinkFor(string email)
    {
        var mail = Directory.GetFiles(portal.MailFolder, "*.eml").Select(File.ReadAllText).Last(m => m.Contains(email, StringComparison.Ordinal));
        return "/Invitation/Accept?token=" + TokenPattern().Match(mail).Groups[1].Value;
    }

    [Fact]
    public async Task The_platform_adds_a_court_under_its_parent_and_its_first_administrator_joins_by_invitation()
    {
        var shenzhen = await portal.WithDatabaseAsync(db => db.Courts.Where(c => c.ShortCode == "粤03").Select(c => c.Id).SingleAsync());
        using var platform = portal.NewSession();
        await platform.SignInAsync(DemoUsers.PlatformAdmin);
        var form = await platform.GetAsync("/Platform/Courts/New");

        var wrongParent = await platform.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "深圳市南山区人民法院", ["Input.ShortCode"] = "粤0305", ["Input.Level"] = "Intermediate", ["Input.ParentCourtId"] = shenzhen.ToString(),
        });
        Assert.Equal("上级法院必须恰好高一个层级。", wrongParent.FieldError("Input.ParentCourtId"));
        Assert.Equal("深圳市南山区人民法院", wrongParent.Document.QuerySelector<IHtmlInputElement>("#Input_Name")!.Value);

        var court = await platform.SubmitAsync(wrongParent, new Dictionary<string, string>
        {
            ["Input.Name"] = "深圳市南山区人民法院", ["Input.ShortCode"] = "粤0305", ["Input.Level"] = "Basic", ["Input.ParentCourtId"] = shenzhen.ToString(),
        });
        Assert.NotNull(court.Document.QuerySelector("[data-testid=no-people]"));
        var sent = await platform.SubmitAsync(court, new Dictionary<string, string> { ["Invite.DisplayName"] = "孙管理", ["Invite.Email"] = "sun@nanshan.example" }, "form[data-testid=invite-form]");
        Assert.Contains("待接受", sent.Document.QuerySelector("[data-testid=invitations]")!.TextContent, StringComparison.Ordinal);

        using var invitee = portal.NewSession();
        var accept = await invitee.GetAsync(InvitationLinkFor("sun@nanshan.example"));
        var home = await invitee.SubmitAsync(accept, new Dictionary<string, string> { ["Input.UserName"] = "nanshan-admin", ["Input.Password"] = "Nanshan#2026pw", ["Input.ConfirmPassword"] = "Nanshan#2026pw" });
        Assert.Equal("深圳市南山区人民法院", home.Document.QuerySelector("[data-testid=home-heading]")!.TextContent.Trim());
        Assert.NotNull(home.Document.QuerySelector("[data-testid=invite-form]"));
    }

    [Fact]
    public async Task A_case_number_code_in_use_is_refused_beside_it()
    {
        using var platform = portal.NewSession();
        await platform.SignInAsync(DemoUsers.PlatformAdmin);
        var page = await platform.SubmitAsync(await platform.GetAsync("/Platform/Courts/New"), new Dictionary<string, string>
        {
            ["Input.Name"] = "重复的法院", ["Input.ShortCode"] = "粤0309", ["Input.Level"] = "High",
        });
        Assert.Equal("案号代字“粤0309”已被使用。", page.FieldError("Input.ShortCode"));
    }

    [Fact]
    public async Task An_organization_administrator_invites_a_member_and_later_removes_them_and_another_organization_cannot()
    {
        using var admin = portal.NewSession();
        var home = await admin.SignInAsync(DemoUsers.Org2Admin);
        await admin.SubmitAsync(home, new Dictionary<string, string> { ["Invite.DisplayName"] = "调解员小林", ["Invite.Email"] = "lin@hezhong.example" }, "form[data-testid=invite-form]");

        using var member = portal.NewSession();
        var joined = await member.SubmitAsync(await member.GetAsync(InvitationLinkFor("lin@hezhong.example")),
            new Dictionary<string, string> { ["Input.UserName"] = "hezhong-lin", ["Input.Password"] = "Hezhong#2026pw", ["Input.ConfirmPassword"] = "Hezhong#2026pw" });
        Assert.Equal("/Organization", joined.Url.AbsolutePath);
        Assert.Null(joined.Document.QuerySelector("[data-testid=invite-form]"));

        using var other = portal.NewSession();
        var otherHome = await other.SignInAsync(DemoUsers.Org1Admin);
        var token = otherHome.Document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await other.FollowAsync(await other.Client.PostAsync("/Organization/Members/hezhong-lin/Remove", forged))).Status);

        var removed = await admin.SubmitAsync(await admin.GetAsync("/Organization"), new Dictionary<string, string>(), "form[action='/Organization/Members/hezhong-lin/Remove']");
        Assert.Equal("账户已停用，该用户已在所有设备上退出。", removed.Document.QuerySelector("[data-testid=flash]")!.TextContent.Trim());
        Assert.Equal("/Account/Login", (await member.GetAsync("/Organization")).Url.AbsolutePath);
    }

    [Fact]
    public async Task The_court_that_runs_the_platform_cannot_lock_out_its_platform_administrators()
    {
        var guangdong = await portal.WithDatabaseAsync(db => db.Courts.Where(c => c.ShortCode == "粤").Select(c => c.Id).SingleAsync());
        using var platform = portal.NewSession();
        await platform.SignInAsync(DemoUsers.PlatformAdmin);
        await platform.SubmitAsync(await platform.GetAsync($"/Platform/Courts/{guangdong}"),
            new Dictionary<string, string> { ["Invite.DisplayName"] = "高院管理员", ["Invite.Email"] = "admin@gdcourts.example" }, "form[data-testid=invite-form]");
        using var courtAdmin = portal.NewSession();
        var home = await courtAdmin.SubmitAsync(await courtAdmin.GetAsync(InvitationLinkFor("admin@gdcourts.example")),
            new Dictionary<string, string> { ["Input.UserName"] = "gd-court-admin", ["Input.Password"] = "Gaoyuan#2026pw", ["Input.ConfirmPassword"] = "Gaoyuan#2026pw" });
        Assert.Null(home.Document.QuerySelector($"[data-testid=toggle-{DemoUsers.PlatformAdmin}]"));

        var token = home.Document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var refused = await courtAdmin.FollowAsync(await courtAdmin.Client.PostAsync($"/Court/{guangdong}/People/{DemoUsers.PlatformAdmin}/Deactivate", forged));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.Status);
        Assert.True(await portal.WithDatabaseAsync(db => db.Users.Where(u => u.UserName == DemoUsers.PlatformAdmin).Select(u => u.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task An_organization_revokes_its_own_invitation_and_another_organization_cannot()
    {
        using var admin = portal.NewSession();
        var home = await admin.SignInAsync(DemoUsers.Org3Admin);
        var sent = await admin.SubmitAsync(home, new Dictionary<string, string> { ["Invite.DisplayName"] = "送达员小王", ["Invite.Email"] = "wang@suda.example" }, "form[data-testid=invite-form]");
        var link = InvitationLinkFor("wang@suda.example");
        var revokeAction = sent.Document.QuerySelector("[data-testid='revoke-wang@suda.example']")!.Closest("form")!.GetAttribute("action")!;

        using var other = portal.NewSession();
        var otherHome = await other.SignInAsync(DemoUsers.Org1Admin);
        var token = otherHome.Document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var refused = await other.FollowAsync(await other.Client.PostAsync(revokeAction, forged));
        Assert.Contains("要操作的记录不存在。", refused.Document.QuerySelector("[data-testid=flash]")!.TextContent, StringComparison.Ordinal);

        await admin.SubmitAsync(sent, new Dictionary<string, string>(), $"form[action='{revokeAction}']");
        using var invitee = portal.NewSession();
        Assert.NotNull((await invitee.GetAsync(link)).Document.QuerySelector("[data-testid=invitation-unusable]"));
    }

    [GeneratedRegex(@"token=([A-Za-z0-9_\-]+)")]
    private static partial Regex TokenPattern();
}
