using AngleSharp.Dom;
using System.Net;
using System.Text;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Web.Tests.Infrastructure;

namespace CourtProcurement.Web.Tests.Organizations;

public sealed class QualificationDocumentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% demo licence\n%%EOF");

    private static Dictionary<string, string> Fields(string kind = "Registration", string expires = "") => new() { ["Kind"] = kind, ["ExpiresOn"] = expires };

    [Fact]
    public async Task An_organization_uploads_a_licence_and_only_those_allowed_download_it()
    {
        using var org1 = portal.NewSession();
        await org1.SignInAsync(DemoUsers.Org1Admin);
        var page = await org1.UploadAsync(await org1.GetAsync("/Organization"), "form[data-testid=upload-form]", Fields(), "File", "营业执照.pdf", Pdf);
        Assert.Equal("资质文件已上传。", page.Document.QuerySelector("[data-testid=flash]")!.TextContent.Trim());
        var link = page.Document.QuerySelectorAll("[data-testid=document-link]").First(a => a.TextContent == "营业执照.pdf").GetAttribute("href")!;

        using var own = await org1.Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("application/pdf", own.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", own.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Pdf, await own.Content.ReadAsByteArrayAsync());

        using var judge = portal.NewSession();
        await judge.SignInAsync(DemoUsers.LonghuaJudge);
        using (var shared = await judge.Client.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        }

        using var org2 = portal.NewSession();
        await org2.SignInAsync(DemoUsers.Org2Admin);
        using (var refused = await org2.Client.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        using var anonymous = portal.NewSession();
        Assert.Equal("/Account/Login", (await anonymous.GetAsync(link)).Url.AbsolutePath);
    }

    [Fact]
    public async Task A_file_that_is_not_a_pdf_or_image_is_refused_beside_the_file_field_and_the_choices_stay()
    {
        using var org3 = portal.NewSession();
        await org3.SignInAsync(DemoUsers.Org3Admin);

        var page = await org3.UploadAsync(await org3.GetAsync("/Organization"), "form[data-testid=upload-form]", Fields("LegalServiceLicence", "2030-01-31"),
            "File", "licence.pdf", Encoding.ASCII.GetBytes("MZ\u0090 not really a pdf"));

        Assert.Equal("只接受 PDF、JPEG 或 PNG 文件（按文件内容识别，而非文件名）。", page.FieldError("File"));
        Assert.Equal("LegalServiceLicence", page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#Kind")!.Value);
        Assert.Equal("", page.FieldError("ExpiresOn"));
        Assert.Equal("2030-01-31", page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#ExpiresOn")!.Value);
        Assert.DoesNotContain(page.Document.QuerySelectorAll("[data-testid=document-link]"), a => a.TextContent == "licence.pdf");
    }
}
