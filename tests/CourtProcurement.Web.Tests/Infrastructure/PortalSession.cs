using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;
using AngleSharp.Dom;

namespace CourtProcurement.Web.Tests.Infrastructure;

public sealed record PortalPage(HttpStatusCode Status, Uri Url, IHtmlDocument Document, string Html)
{
    public string Text => Document.Body?.TextContent ?? string.Empty;

    /// <summary>The message shown beside a field (the span ASP.NET's validation tag helper writes).</summary>
    public string FieldError(string field)
        => Document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? string.Empty;

    public IHtmlFormElement Form(string selector = "main form")
        => Document.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form '{selector}' on {Url}.");
}

/// <summary>
/// One person's browser, over real HTTP through the app's pipeline: cookies kept, redirects followed one
/// by one, forms posted with the antiforgery token read from the page, as a browser would.
/// </summary>
public sealed class PortalSession(HttpClient client) : IDisposable
{
    private static readonly IBrowsingContext Parser = BrowsingContext.New(Configuration.Default);

    public HttpClient Client { get; } = client;

    public async Task<PortalPage> GetAsync(string url) => await FollowAsync(await Client.GetAsync(url));

    /// <summary>Posts a page's form with its hidden fields (the antiforgery token among them) and the given values.</summary>
    public async Task<PortalPage> SubmitAsync(PortalPage page, IReadOnlyDictionary<string, string> values, string selector = "main form", string? submitName = null, string? submitValue = null)
    {
        var form = page.Form(selector);
        // Hidden fields may repeat (ASP.NET Core's __Invariant marks each number field): all are sent.
        var hidden = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type == "hidden" && !values.ContainsKey(i.Name!) && i.Name != submitName)
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value));
        var fields = hidden.Concat(values).ToList();
        if (submitName is not null)
        {
            fields.Add(new(submitName, submitValue ?? string.Empty));
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url.PathAndQuery : form.GetAttribute("action")!;
        using var content = new FormUrlEncodedContent(fields);
        return await FollowAsync(await Client.PostAsync(action, content));
    }

    /// <summary>Posts a multipart form with one file, as a browser's file input would.</summary>
    public async Task<PortalPage> UploadAsync(PortalPage page, string selector, IReadOnlyDictionary<string, string> values, string fileField, string fileName, byte[] content)
    {
        var form = page.Form(selector);
        using var multipart = new MultipartFormDataContent();
        foreach (var hidden in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name)))
        {
            multipart.Add(new StringContent(hidden.Value), hidden.Name!);
        }

        foreach (var (name, value) in values)
        {
            multipart.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        multipart.Add(file, fileField, fileName);
        return await FollowAsync(await Client.PostAsync(form.GetAttribute("action"), multipart));
    }

    public async Task<PortalPage> SignInAsync(string userNameOrEmail, string password = PortalFactory.DemoPassword)
    {
        var login = await GetAsync("/Account/Login");
        return await SubmitAsync(login, new Dictionary<string, string>
        {
            ["UserNameOrEmail"] = userNameOrEmail,
            ["Password"] = password,
        }, "form[data-testid=login-form]");
    }

    public async Task<PortalPage> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther; hops++)
        {
            if (hops > 10)
            {
                throw new InvalidOperationException("Too many redirects.");
            }

            var location = response.Headers.Location!;
            response.Dispose();
            response = await Client.GetAsync(location.IsAbsoluteUri ? location : new Uri(Client.BaseAddress!, location));
        }

        using (response)
        {
            var html = await response.Content.ReadAsStringAsync();
            var document = (IHtmlDocument)await Parser.OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
            return new PortalPage(response.StatusCode, response.RequestMessage!.RequestUri!, document, html);
        }
    }

    public void Dispose() => Client.Dispose();
}
