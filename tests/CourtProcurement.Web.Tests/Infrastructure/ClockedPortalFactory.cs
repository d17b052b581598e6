using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CourtProcurement.Web.Tests.Infrastructure;

/// <summary>
/// The portal on a clock the test moves (past bid deadlines, through challenge periods), with the
/// scheduler off so that only the test acts. Sessions last 8 hours: after a long move, sign in again.
/// </summary>
public sealed class ClockedPortalFactory : PortalFactory
{
    /// <summary>Starts at the real time (cookies are checked against it by the client), then moves only when told.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ScheduledJobs:Enabled", "false");
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }
}
