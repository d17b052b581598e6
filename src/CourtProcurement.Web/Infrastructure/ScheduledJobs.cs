using CourtProcurement.Application.Organizations;
using CourtProcurement.Web.Infrastructure.Security;

namespace CourtProcurement.Web.Infrastructure;

/// <summary>
/// Runs the platform's periodic jobs in a system scope: each finds what is due and makes the same calls a
/// person would, and is idempotent, so a run twice (or on two instances) changes nothing more.
/// </summary>
public sealed class ScheduledJobs(IServiceProvider services, ILogger<ScheduledJobs> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var scope = services.CreateSystemScope();
                var announced = await scope.ServiceProvider.GetRequiredService<ExpiringQualificationsJob>().RunAsync(stoppingToken);
                if (announced > 0)
                {
                    logger.LogInformation("Announced {Count} expiring qualification documents", announced);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "A scheduled job failed; it runs again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
