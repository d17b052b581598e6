using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CourtProcurement.Web.Tests.Infrastructure;

/// <summary>Test-only: an action that fails, to see what a person sees on a server error.</summary>
[AllowAnonymous]
public sealed class FailingController : Controller
{
    [HttpGet("/test/fail")]
#pragma warning disable CA1822 // MVC only routes to instance methods.
    public IActionResult Fail() => throw new InvalidOperationException("A secret stack trace that must not be shown.");
}
