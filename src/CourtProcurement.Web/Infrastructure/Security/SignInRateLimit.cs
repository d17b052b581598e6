using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CourtProcurement.Web.Infrastructure.Security;

/// <summary>
/// Slows password guessing and form flooding from one address: the sign-in, two-factor, registration and
/// invitation forms accept <c>Security:SignInAttemptsPerMinute</c> posts a minute per client address
/// (account lockout still stops guessing at one account).
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Security:SignInAttemptsPerMinute", 20);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("reading"));
        });
    }
}
