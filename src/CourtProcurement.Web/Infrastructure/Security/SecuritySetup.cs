using CourtProcurement.Application.Data;
using CourtProcurement.Application.Identity;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Web.Infrastructure.Database;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;

namespace CourtProcurement.Web.Infrastructure.Security;

public static class SecuritySetup
{
    public static IServiceCollection AddIdentityAndSecurity(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<HttpCurrentUser>();
        services.AddScoped<ICurrentUser>(provider => provider.GetRequiredService<HttpCurrentUser>());

        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                // Stronger than Identity's defaults: longer, with more distinct characters.
                options.Password.RequiredLength = 10;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        // A deactivated user or a changed password signs the user out everywhere within this interval.
        var stampSeconds = configuration.GetValue("Security:StampValidationSeconds", 60);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(stampSeconds));

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "CourtProcurement.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        // Every cookie (two-factor, TempData with recovery codes, culture) is Secure outside Development.
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });

        // Behind the court's TLS-terminating proxy, the scheme and client address come from forwarded headers
        // (trusted from loopback by default; add the proxy under ForwardedHeadersOptions.KnownProxies).
        services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "CourtProcurement.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        // Keys beside the data, so that cookies survive a restart (and, later, sealed bids can be opened).
        services.AddDataProtection()
            .SetApplicationName("CourtProcurement")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DataFolder.Resolve(configuration, environment), "keys")));
        return services;
    }
}
