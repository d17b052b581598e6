using CourtProcurement.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CourtProcurement.Web.Tests.Security;

public sealed class EndpointPolicyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public void Every_endpoint_names_an_authorization_policy_or_is_explicitly_anonymous()
    {
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var unguarded = endpoints
            // Conventional route templates are there for link generation only: nothing can reach them.
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Where(e => !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy)))
            .Select(e => e.DisplayName)
            .ToList();

        Assert.Empty(unguarded);
        // The enumeration really sees the application's actions, guarded ones included.
        Assert.Contains(endpoints, e => e.Metadata.GetMetadata<ControllerActionDescriptor>()?.ControllerName == "AuditTrail");
        Assert.True(endpoints.Count(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null) > 20);
    }

    [Fact]
    public void Anonymous_actions_are_only_the_ones_meant_for_everyone()
    {
        var anonymous = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is { } a && e.Metadata.GetMetadata<IAllowAnonymous>() is not null
                ? a.ControllerName : null)
            .OfType<string>()
            .Distinct()
            .Order();

        Assert.Equal(["Account", "Culture", "Error", "Failing", "Home", "Invitation", "Notices", "Ocds", "Registration"], anonymous);
    }
}
