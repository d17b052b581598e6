using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CourtProcurement.Application.Auditing;
using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Data;
using CourtProcurement.Application.Identity;
using CourtProcurement.Web.Infrastructure.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace CourtProcurement.Web.Account;

public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft);

public sealed record AuthenticatorSetup(string SharedKey, string QrCodeDataUri, EnableAuthenticatorInput Input);

/// <summary>Every signed-in user's own security: password and TOTP two-factor sign-in with recovery codes.</summary>
[Authorize(Policy = Policies.ManageOwnAccount)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)] // keys and recovery codes must not be cached
public sealed class SecurityController(
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    AppDbContext db,
    UrlEncoder urlEncoder,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string RecoveryCodesKey = "security.recoveryCodes";

    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var user = await CurrentUserAsync();
        return View(new TwoFactorStatus(user.TwoFactorEnabled, await users.CountRecoveryCodesAsync(user)));
    }

    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordInput());

    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = await CurrentUserAsync();
        // Queued first, so that Identity's own save writes the entry with the change.
        Audit(user, "Account.PasswordChanged");
        var result = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        if (!result.Succeeded)
        {
            db.DiscardQueuedAudit();
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(input.CurrentPassword) : nameof(input.NewPassword);
                ModelState.AddModelError(field, error.Description);
            }

            return View(new ChangePasswordInput());
        }

        await signIn.RefreshSignInAsync(user);
        this.Flash(localizer["Account.PasswordChanged"]);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> EnableAuthenticator()
        => View(await SetupAsync(await CurrentUserAsync(), new EnableAuthenticatorInput()));

    [HttpPost]
    public async Task<IActionResult> EnableAuthenticator(EnableAuthenticatorInput input)
    {
        var user = await CurrentUserAsync();
        if (!ModelState.IsValid)
        {
            return View(await SetupAsync(user, input));
        }

        var code = input.Code.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(input.Code), localizer["TwoFactor.InvalidCode"]);
            return View(await SetupAsync(user, input));
        }

        Audit(user, "Account.TwoFactorEnabled");
        await users.SetTwoFactorEnabledAsync(user, true);
        TempData[RecoveryCodesKey] = string.Join(' ', await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []);
        await signIn.RefreshSignInAsync(user);
        this.Flash(localizer["TwoFactor.Enabled"]);
        return RedirectToAction(nameof(RecoveryCodes));
    }

    /// <summary>Shows freshly made recovery codes once, right after they were generated.</summary>
    [HttpGet]
    public IActionResult RecoveryCodes()
        => TempData[RecoveryCodesKey] is string codes
            ? View(codes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            : RedirectToAction(nameof(Index));

    [HttpPost]
    public async Task<IActionResult> ResetRecoveryCodes()
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        Audit(user, "Account.RecoveryCodesReset");
        TempData[RecoveryCodesKey] = string.Join(' ', await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []);
        return RedirectToAction(nameof(RecoveryCodes));
    }

    /// <summary>Turning two-factor off asks for the password again: a borrowed session alone cannot remove it.</summary>
    [HttpPost]
    public async Task<IActionResult> DisableTwoFactor(string? password)
    {
        var user = await CurrentUserAsync();
        if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
        {
            this.Flash(localizer["TwoFactor.PasswordNeeded"], FlashKind.Danger);
            return RedirectToAction(nameof(Index));
        }

        Audit(user, "Account.TwoFactorDisabled");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        this.Flash(localizer["TwoFactor.Disabled"], FlashKind.Warning);
        return RedirectToAction(nameof(Index));
    }

    private async Task<AppUser> CurrentUserAsync()
        => await users.GetUserAsync(User) ?? throw new InvalidOperationException("A signed-in user without an account.");

    private async Task<AuthenticatorSetup> SetupAsync(AppUser user, EnableAuthenticatorInput input)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key changes the security stamp: refresh the cookie, or the next stamp check signs the user out.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? string.Empty;
        }

        var uri = string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            urlEncoder.Encode("CourtProcurement"), urlEncoder.Encode(user.UserName!), key);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return new AuthenticatorSetup(FormatKey(key), "data:image/png;base64," + Convert.ToBase64String(png), input);
    }

    private static string FormatKey(string key)
    {
        // Groups of four, lower case: easier to type into an authenticator app by hand.
        var formatted = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            formatted.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return formatted.ToString().TrimEnd().ToLowerInvariant();
    }

    private void Audit(AppUser user, string action)
        => db.RecordAudit(new AuditNote(action, nameof(AppUser), user.Id, Details: new Dictionary<string, string?> { ["userName"] = user.UserName },
            CourtId: user.CourtId, OrganizationId: user.OrganizationId));
}
