using System.ComponentModel.DataAnnotations;
using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Identity;
using CourtProcurement.Application.Organizations;
using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Common;
using CourtProcurement.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace CourtProcurement.Web.Organizations;

public sealed class DocumentUploadInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Qualification.Kind")]
    public QualificationKind? Kind { get; set; }

    [Display(Name = "Qualification.ExpiresOn")]
    public DateOnly? ExpiresOn { get; set; }

    [Required(ErrorMessage = "Qualification.FileRequired")]
    [Display(Name = "Qualification.File")]
    public IFormFile? File { get; set; }
}

/// <summary>Qualification documents: uploaded and removed by the organization's members, downloaded only by those allowed.</summary>
public sealed class DocumentsController(QualificationDocuments documents, IStringLocalizer<SharedResource> localizer) : Controller
{
    // The form's own limit is a little above the document limit, so that an oversize file gets our message.
    private const long RequestLimit = QualificationDocuments.MaxBytes + (1024 * 1024);

    [Authorize(Policy = Policies.ActForOrganization)]
    [HttpPost("Documents/Upload")]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Upload(DocumentUploadInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await using var content = input.File!.OpenReadStream();
                await documents.UploadAsync(User.TenantId(AppClaimTypes.OrganizationId)!.Value, input.Kind!.Value, input.ExpiresOn, input.File.FileName, content, cancellationToken);
                this.Flash(localizer["Qualification.Uploaded"]);
                return RedirectToAction("Index", "Organization");
            }
            catch (DomainException refusal)
            {
                ModelState.AddDomainError(refusal, localizer, new Dictionary<string, string>
                {
                    ["Qualification.AlreadyExpired"] = nameof(input.ExpiresOn),
                    ["Qualification.TypeNotAccepted"] = nameof(input.File),
                    ["Qualification.TooLarge"] = nameof(input.File),
                });
            }
        }

        // Back to the organization page, with the errors beside the upload form and the choices kept.
        TempData[UploadErrorsKey] = System.Text.Json.JsonSerializer.Serialize(ModelState.Where(e => e.Value!.Errors.Count > 0)
            .ToDictionary(e => e.Key, e => e.Value!.Errors[0].ErrorMessage));
        TempData[UploadKindKey] = input.Kind?.ToString();
        TempData[UploadExpiresKey] = input.ExpiresOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return RedirectToAction("Index", "Organization");
    }

    [Authorize(Policy = Policies.ActForOrganization)]
    [HttpPost("Documents/{id:guid}/Remove")]
    public async Task<IActionResult> Remove(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await documents.RemoveAsync(id, cancellationToken);
            this.Flash(localizer["Qualification.RemovedDone"]);
        }
        catch (DomainException refusal)
        {
            this.Flash(localizer[refusal.ResourceKey], FlashKind.Danger);
        }

        return RedirectToAction("Index", "Organization");
    }

    [Authorize(Policy = Policies.ReadQualificationDocuments)]
    [HttpGet("Documents/{id:guid}")]
    public async Task<IActionResult> Download(Guid id, CancellationToken cancellationToken)
    {
        if (await documents.OpenAsync(id, cancellationToken) is not { } download)
        {
            return NotFound();
        }

        // Always as an attachment, with the type found from the content: the browser never renders an upload inline.
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(download.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.CacheControl = "private, no-store";
        return File(download.Content, download.ContentType);
    }

    public const string UploadErrorsKey = "upload.errors";
    public const string UploadKindKey = "upload.kind";
    public const string UploadExpiresKey = "upload.expires";
}
