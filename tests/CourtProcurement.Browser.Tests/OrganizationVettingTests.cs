using System.Text;
using CourtProcurement.Application.Seeding;
using Microsoft.Playwright;

namespace CourtProcurement.Browser.Tests;

/// <summary>
/// An organization registers, uploads its licence, is returned for correction, resubmits, and a platform
/// administrator verifies it; both sides see the right notices.
/// </summary>
public sealed class OrganizationVettingTests(BrowserFixture portal) : IClassFixture<BrowserFixture>
{
    private const string Password = "Tongxin#2026pw";

    private static Task ShotAsync(IPage page, string name)
        => page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });

    [Fact]
    public async Task Register_upload_return_resubmit_and_verify()
    {
        var organization = await portal.NewPersonAsync();
        await organization.GotoAsync("/Register");
        await organization.FillAsync("#Name", "深圳市同心调解中心");
        await organization.SelectOptionAsync("#LegalForm", "SocialServiceOrganization");
        await organization.FillAsync("#CreditCode", "91350100M000100Y43");
        await organization.FillAsync("#LegalRepresentative", "张三");
        await organization.FillAsync("#ContactPerson", "李四");
        await organization.FillAsync("#ContactPhone", "0755-1234 5678");
        await organization.FillAsync("#ContactEmail", "contact@tongxin.example");
        await organization.FillAsync("#Address", "深圳市龙华区观湖街道");
        await organization.FillAsync("#Regions", "深圳市");
        await organization.CheckAsync("#cat-mediation");
        await organization.FillAsync("#UserName", "tongxin-admin");
        await organization.FillAsync("#DisplayName", "李四");
        await organization.FillAsync("#Email", "li@tongxin.example");
        await organization.FillAsync("#Password", Password);
        await organization.FillAsync("#ConfirmPassword", Password);
        await organization.ClickAsync("form[data-testid=registration-form] button[type=submit]");
        await Assertions.Expect(organization.GetByTestId("organization-status")).ToHaveTextAsync("待审核");

        await organization.SelectOptionAsync("#Kind", "Registration");
        await organization.SetInputFilesAsync("#File", new FilePayload { Name = "登记证书.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF") });
        await organization.ClickAsync("form[data-testid=upload-form] button[type=submit]");
        await Assertions.Expect(organization.GetByTestId("document-link")).ToHaveTextAsync("登记证书.pdf");
        await ShotAsync(organization, "vetting-1-registered");

        var platform = await portal.NewPersonAsync();
        await SignInAsync(platform, DemoUsers.PlatformAdmin);
        await Assertions.Expect(platform.GetByTestId("unread-count")).ToBeVisibleAsync();
        await platform.GotoAsync("/Vetting");
        await platform.GetByRole(AriaRole.Link, new() { Name = "深圳市同心调解中心" }).ClickAsync();
        await Assertions.Expect(platform.GetByTestId("document-link")).ToHaveTextAsync("登记证书.pdf");
        await platform.FillAsync("#Return_Reason", "法定代表人与登记证书不一致，请更正。");
        await platform.ClickAsync("[data-testid=return]");
        await Assertions.Expect(platform.GetByTestId("flash")).ToContainTextAsync("已退回修改");

        await organization.GotoAsync("/Organization");
        await Assertions.Expect(organization.GetByTestId("return-reason")).ToHaveTextAsync("法定代表人与登记证书不一致，请更正。");
        await organization.GotoAsync("/Inbox");
        await Assertions.Expect(organization.GetByTestId("inbox")).ToContainTextAsync("被退回修改");
        await ShotAsync(organization, "vetting-2-returned");

        await organization.GotoAsync("/Organization/Edit");
        await organization.FillAsync("#LegalRepresentative", "王五");
        await organization.ClickAsync("main form button[type=submit]");
        await organization.ClickAsync("[data-testid=resubmit]");
        await Assertions.Expect(organization.GetByTestId("organization-status")).ToHaveTextAsync("待审核");

        await platform.GotoAsync("/Vetting");
        await platform.GetByRole(AriaRole.Link, new() { Name = "深圳市同心调解中心" }).ClickAsync();
        await platform.ClickAsync("[data-testid=verify]");
        await Assertions.Expect(platform.GetByTestId("flash")).ToContainTextAsync("审核通过");
        await ShotAsync(platform, "vetting-3-platform-verified");

        await organization.GotoAsync("/Organization");
        await Assertions.Expect(organization.GetByTestId("organization-status")).ToHaveTextAsync("已审核");
        await organization.GotoAsync("/Inbox");
        await Assertions.Expect(organization.GetByTestId("inbox")).ToContainTextAsync("已通过平台审核");
        await ShotAsync(organization, "vetting-4-organization-inbox");
        await organization.Context.CloseAsync();
        await platform.Context.CloseAsync();
    }

    private static async Task SignInAsync(IPage page, string user)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserNameOrEmail", user);
        await page.FillAsync("#Password", BrowserFixture.DemoPassword);
        await page.ClickAsync("form[data-testid=login-form] button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
