using Microsoft.AspNetCore.Hosting;

namespace CourtProcurement.Web.Tests.Infrastructure;

/// <summary>The portal as deployed: Production, where demo users must never appear, even if asked for.</summary>
public sealed class ProductionPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}
