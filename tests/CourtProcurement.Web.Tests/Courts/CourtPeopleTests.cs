using AngleSharp.Dom;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Web.Tests.Courts;

public sealed partial class CourtPeopleTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<Guid> CourtIdAsync(string code)
        => portal.WithDatabaseAsync(db => db.Courts.Where(c => c.ShortCode == code).Select(c => c.Id).SingleAsync());

    private string InvitationLinkFor(string email)
    {
        var mail = Directory.GetFiles(portal.MailFolder, "*.eml").Select(File.ReadAllText).Last(m => m.Contains(email, StringComparison.Ordinal));
        return "/Invitation/Accept?token=" + TokenPattern().Match(mail).Groups[1].Value;
    }

    private static Dictionary<string, string> Invite(string name, string email, string role = "Judge") => new()
    {
        ["Invite.DisplayName"] = name,
        ["Invite.Email"] = email,
        ["Invite.Role"] = role,
    };

    [Fact]
    public async Task A_court_administrator_invites_a_judge_who_sets_a_password_once_and_joins_that_court()
    {
        using var admin = portal.NewSession();
        await admin.SignInAsync(DemoUsers.LonghuaAdmin);
        var court = await admin.GetAsync("/Court");
        var sent = await admin.SubmitAsync(court, Invite("赵法官", "zhao@szcourts.example"), "form[data-testid=invite-form]");
        Assert.Contains("zhao@szcourts.example", sent.Document.QuerySelector("[data-testid=flash]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("待接受", sent.Document.QuerySelector("[data-testid=invitations]")!.TextContent, StringComparison.Ordinal);

        using var invitee = portal.NewSession();
        var link = InvitationLinkFor("zhao@szcourts.example");
        var accept = await invitee.GetAsync(link);
        Assert.Contains("深圳市龙华区人民法院", accept.Document.QuerySelector("[data-testid=invitation-summary]")!.TextContent, StringComparison.Ordinal);

        var weak = await invitee.SubmitAsync(accept, new Dictionary<string, string> { ["Input.UserName"] = "longhua-judge3", ["Input.Password"] = "short", ["Input.ConfirmPassword"] = "short" });
        Assert.Contains("密码至少需要 10 个字符。", weak.FieldError("Input.Password"), StringComparison.Ordinal);
        Assert.Equal("longhua-judge3", weak.Document.QuerySelector<IHtmlInputElement>("#Input_UserName")!.Value);

        var home = await invitee.SubmitAsync(weak, new Dictionary<string, string> { ["Input.UserName"] = "longhua-judge3", ["Input.Password"] = "Zhao#Judge2026", ["Input.ConfirmPassword"] = "Zhao#Judge2026" });
        Assert.Equal("/Court", home.Url.AbsolutePath);
        Assert.Equal("深圳市龙华区人民法院", home.Document.QuerySelector("[data-testid=home-heading]")!.TextContent.Trim());

        using var again = portal.NewSession();
        Assert.NotNull((await again.GetAsync(link)).Document.QuerySelector("[data-testid=invitation-unusable]"));
        var trail = await portal.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.Action.StartsWith("Invitation.")).Select(e => e.Action).ToListAsync());
        Assert.Contains("Invitation.Sent", trail);
        Assert.Contains("Invitation.Accepted", trail);
    }

    [Fact]
    public async Task Another_courts_administrator_cannot_invite_into_or_manage_this_court()
    {
        var longhua = await CourtIdAsync("粤0309");
        using var futianAdmin = portal.NewSession();
        var page = await futianAdmin.SignInAsync(DemoUsers.FutianAdmin);

        var invite = await futianAdmin.SubmitAsync(page, Invite("冒名", "intruder@example.org"), "form[data-testid=invite-form]");
        Assert.EndsWith("/People", invite.Url.AbsolutePath, StringComparison.Ordinal); // into its own court: allowed; now aim at Longhua
        var token = page.Document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var forged = new FormUrlEncodedContent(new Dictionary<string, string>(Invite("冒名", "intruder2@example.org")) { ["__RequestVerificationToken"] = token });
        var refused = await futianAdmin.FollowAsync(await futianAdmin.Client.PostAsync($"/Court/{longhua}/Invite", forged));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);

        using var deactivate = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Forbidden, (await futianAdmin.FollowAsync(await futianAdmin.Client.PostAsync($"/Court/{longhua}/People/{DemoUsers.LonghuaJudge}/Deactivate", deactivate))).Status);
        Assert.False(await portal.WithDatabaseAsync(db => db.Set<CourtProcurement.Domain.People.CourtInvitation>().IgnoreQueryFilters().AnyAsync(i => i.Email == "intruder2@example.org")));
        Assert.True(await portal.WithDatabaseAsync(db => db.Users.Where(u => u.UserName == DemoUsers.LonghuaJudge).Select(u => u.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task A_judge_sees_the_people_but_cannot_invite()
    {
        using var judge = portal.NewSession();
        var page = await judge.SignInAsync(DemoUsers.FutianJudge);
        Assert.Null(page.Document.QuerySelector("[data-testid=invite-form]"));
        var token = page.Document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var forged = new FormUrlEncodedContent(new Dictionary<string, string>(Invite("某人", "someone@example.org")) { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Forbidden, (await judge.FollowAsync(await judge.Client.PostAsync($"/Court/{await CourtIdAsync("粤0304")}/Invite", forged))).Status);
    }

    [Fact]
    public async Task A_deactivated_judge_is_signed_out_at_once_and_cannot_sign_in_until_reactivated()
    {
        using var judge = portal.NewSession();
        await judge.SignInAsync(DemoUsers.FutianJudge2);
        using var admin = portal.NewSession();
        var court = await admin.SignInAsync(DemoUsers.FutianAdmin);

        var done = await admin.SubmitAsync(court, new Dictionary<string, string>(), $"form[action$='/People/{DemoUsers.FutianJudge2}/Deactivate']");
        Assert.Equal("账户已停用，该用户已在所有设备上退出。", done.Document.QuerySelector("[data-testid=flash]")!.TextContent.Trim());

        Assert.Equal("/Account/Login", (await judge.GetAsync("/Court")).Url.AbsolutePath);
        Assert.Equal("/Account/Login", (await judge.SignInAsync(DemoUsers.FutianJudge2)).Url.AbsolutePath);

        await admin.SubmitAsync(await admin.GetAsync("/Court"), new Dictionary<string, string>(), $"form[action$='/People/{DemoUsers.FutianJudge2}/Reactivate']");
        Assert.Equal("/Court", (await judge.SignInAsync(DemoUsers.FutianJudge2)).Url.AbsolutePath);
        Assert.Equal(["Account.Deactivated", "Account.Reactivated"],
            await portal.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.Action.StartsWith("Account.") && e.Action.EndsWith("activated")).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync()));
    }

    [GeneratedRegex(@"token=([A-Za-z0-9_\-]+)")]
    private static partial Regex TokenPattern();
}
