using CourtProcurement.Application.Organizations;
using CourtProcurement.Application.Procurement;
using CourtProcurement.Web.Infrastructure.Security;

namespace CourtProcurement.Web.Infrastructure;

/// <summary>
/// Runs the platform's periodic jobs in a system scope: each finds what is due and makes the same calls a
/// person would, and is idempotent, so a run twice (or on two instances) changes nothing more. Openings
/// are looked for every minute (an opening time is to the minute); expiring documents every hour.
/// </summary>
public sealed class ScheduledJobs(IServiceProvider services, TimeProvider clock, ILogger<ScheduledJobs> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ExpiryInterval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Tick);
        var lastExpiryRun = DateTimeOffset.MinValue;
        do
        {
            await RunAsync<BidOpening>("opening", job => job.OpenDueAsync(stoppingToken), stoppingToken);
            await RunAsync<BidOpening>("late submissions", job => job.SweepAsync(null, stoppingToken), stoppingToken);
            if (clock.GetUtcNow() - lastExpiryRun >= ExpiryInterval)
            {
                lastExpiryRun = clock.GetUtcNow();
                await RunAsync<ExpiringQualificationsJob>("expiring qualifications", job => job.RunAsync(stoppingToken), stoppingToken);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunAsync<TJob>(string name, Func<TJob, Task<int>> run, CancellationToken stoppingToken)
        where TJob : notnull
    {
        try
        {
            await using var scope = services.CreateSystemScope();
            var done = await run(scope.ServiceProvider.GetRequiredService<TJob>());
            if (done > 0)
            {
                logger.LogInformation("Scheduled job {Job} handled {Count} items", name, done);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Scheduled job {Job} failed; it runs again at the next tick", name);
        }
    }
}
