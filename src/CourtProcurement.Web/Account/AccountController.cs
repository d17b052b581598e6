using CourtProcurement.Web.Infrastructure.Security;
using Microsoft.AspNetCore.RateLimiting;
using CourtProcurement.Application.Auditing;
using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Data;
using CourtProcurement.Application.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CourtProcurement.Web.Account;

/// <summary>Signing in and out, with two-factor codes and recovery codes. Our own pages, not Identity's UI.</summary>
[Authorize(Policy = Policies.ManageOwnAccount)]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class AccountController(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    AppDbContext db,
    IStringLocalizer<SharedResource> localizer,
    ILogger<AccountController> logger) : Controller
{
    [AllowAnonymous]
    [HttpGet]
    public IActionResult Login(string? returnUrl) => View(new LoginInput { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = await FindByNameOrEmailAsync(input.UserNameOrEmail);
        if (user is null)
        {
            return LoginFailed(input, "Account.InvalidLogin");
        }

        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, input.Password, input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("{UserName} signed in", user.UserName);
            return LocalRedirectOrHome(input.ReturnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(LoginWith2fa), new { input.ReturnUrl, input.RememberMe });
        }

        if (result.IsLockedOut)
        {
            // Recorded when it happens, not at every later try: anonymous requests cannot flood the trail.
            if (!wasLockedOut)
            {
                await RecordLockoutAsync(user);
            }

            return RedirectToAction(nameof(Lockout));
        }

        // A deactivated account gets the same answer as a wrong password: no hint about which accounts exist.
        return LoginFailed(input, "Account.InvalidLogin");
    }

    [AllowAnonymous]
    [HttpGet]
    public async Task<IActionResult> LoginWith2fa(bool rememberMe, string? returnUrl)
        => await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login))
            : View(new TwoFactorInput { RememberMe = rememberMe, ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> LoginWith2fa(TwoFactorInput input)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(Login));
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var code = input.Code.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, input.RememberMe, input.RememberMachine);
        if (result.Succeeded)
        {
            return LocalRedirectOrHome(input.ReturnUrl);
        }

        if (result.IsLockedOut)
        {
            if (!wasLockedOut)
            {
                await RecordLockoutAsync(user);
            }

            return RedirectToAction(nameof(Lockout));
        }

        ModelState.AddModelError(nameof(input.Code), localizer["TwoFactor.InvalidCode"]);
        return View(input);
    }

    [AllowAnonymous]
    [HttpGet]
    public async Task<IActionResult> LoginWithRecoveryCode(string? returnUrl)
        => await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login))
            : View(new RecoveryCodeInput { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost]
    public async Task<IActionResult> LoginWithRecoveryCode(RecoveryCodeInput input)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(Login));
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(input.RecoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            logger.LogWarning("{UserName} signed in with a recovery code", user.UserName);
            return LocalRedirectOrHome(input.ReturnUrl);
        }

        if (result.IsLockedOut)
        {
            if (!wasLockedOut)
            {
                await RecordLockoutAsync(user);
            }

            return RedirectToAction(nameof(Lockout));
        }

        ModelState.AddModelError(nameof(input.RecoveryCode), localizer["TwoFactor.InvalidRecoveryCode"]);
        return View(input);
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [AllowAnonymous]
    [HttpGet]
    public IActionResult Lockout() => View();

    [AllowAnonymous]
    [HttpGet]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private async Task<AppUser?> FindByNameOrEmailAsync(string nameOrEmail)
    {
        var value = nameOrEmail.Trim();
        return await users.FindByNameAsync(value) ?? (value.Contains('@', StringComparison.Ordinal) ? await users.FindByEmailAsync(value) : null);
    }

    private ViewResult LoginFailed(LoginInput input, string messageKey)
    {
        // The same message whether the name or the password was wrong: no hint about which accounts exist.
        ModelState.AddModelError(string.Empty, localizer[messageKey]);
        input.Password = string.Empty;
        return View(nameof(Login), input);
    }

    private async Task RecordLockoutAsync(AppUser user)
    {
        logger.LogWarning("{UserName} is locked out after repeated failures", user.UserName);
        db.RecordAudit(new AuditNote("Account.LockedOut", nameof(AppUser), user.Id, null, "LockedOut",
            new Dictionary<string, string?> { ["userName"] = user.UserName }, user.CourtId, user.OrganizationId));
        await db.SaveChangesAsync();
    }

    private IActionResult LocalRedirectOrHome(string? returnUrl)
        => Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction("Index", "Home");
}
