using CourtProcurement.Application;
using CourtProcurement.Application.Procurement;
using CourtProcurement.Application.Seeding;
using CourtProcurement.Web.Infrastructure;
using CourtProcurement.Web.Infrastructure.CommandLine;
using CourtProcurement.Web.Infrastructure.Database;
using CourtProcurement.Web.Infrastructure.Logging;
using CourtProcurement.Web.Infrastructure.Mail;
using CourtProcurement.Web.Infrastructure.Mvc;
using CourtProcurement.Web.Infrastructure.Security;
using CourtProcurement.Web.Public;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAppLogging();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.Configure<SeedOptions>(builder.Configuration.GetSection(SeedOptions.Section));
builder.Services.AddApplication();
builder.Services.AddProcurementRules(builder.Configuration);
builder.Services.Configure<CourtProcurement.Application.OpenData.OpenDataOptions>(builder.Configuration.GetSection(CourtProcurement.Application.OpenData.OpenDataOptions.Section));
builder.Services.AddDatabase(builder.Configuration, builder.Environment);
builder.Services.AddIdentityAndSecurity(builder.Configuration, builder.Environment);
builder.Services.AddSignInRateLimit(builder.Configuration);
builder.Services.AddMailAndFiles(builder.Configuration, builder.Environment);
builder.Services.AddWebUi();
builder.Services.AddPublicPageCache();
builder.Services.AddAppHealthChecks();
// Tests that move the clock by hand turn the scheduler off, so that it does not act between their steps.
if (builder.Configuration.GetValue("ScheduledJobs:Enabled", true))
{
    builder.Services.AddHostedService<ScheduledJobs>();
}

var app = builder.Build();

await app.PrepareDatabaseAsync();
if (CreatePlatformAdminCommand.IsRequested(args))
{
    return await CreatePlatformAdminCommand.RunAsync(app.Services, Console.In, Console.Out);
}

app.UseAppPipeline();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
