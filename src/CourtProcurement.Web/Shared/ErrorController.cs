using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CourtProcurement.Web.Shared;

public sealed record ErrorModel(int StatusCode, string RequestId);

/// <summary>Friendly error pages: what happened and a request id to quote, never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken] // re-executed for any method, including a POST that failed its own token check
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("Error/{statusCode:int?}")]
    [ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
    public IActionResult Index(int? statusCode)
    {
        var code = statusCode ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        return View("Error", new ErrorModel(code, Activity.Current?.Id ?? HttpContext.TraceIdentifier));
    }
}
