using System.Security.Claims;
using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Identity;
using CourtProcurement.Domain.Courts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace CourtProcurement.Application.Tests.Authorization;

public sealed class CourtAuthorizationHandlerTests
{
    private static readonly Court Shenzhen = Court.Create("深圳市中级人民法院", "粤03", CourtLevel.Intermediate, null);
    private static readonly Court Longhua = Court.Create("深圳市龙华区人民法院", "粤0309", CourtLevel.Basic, Shenzhen);
    private static readonly Court Futian = Court.Create("深圳市福田区人民法院", "粤0304", CourtLevel.Basic, Shenzhen);

    private static ClaimsPrincipal Person(string role, Guid? courtId)
    {
        var claims = new List<Claim> { new(ClaimTypes.Role, role) };
        if (courtId is { } id)
        {
            claims.Add(new Claim(AppClaimTypes.CourtId, id.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    private static async Task<bool> AllowedAsync(ClaimsPrincipal user, OperationAuthorizationRequirement operation, Court court)
    {
        var context = new AuthorizationHandlerContext([operation], user, court);
        await new CourtAuthorizationHandler().HandleAsync(context);
        return context.HasSucceeded;
    }

    [Fact]
    public async Task A_court_administrator_manages_the_people_of_their_own_court()
        => Assert.True(await AllowedAsync(Person(AppRoles.CourtAdmin, Longhua.Id), CourtOperations.ManagePeople, Longhua));

    [Fact]
    public async Task A_court_administrator_cannot_manage_or_see_another_courts_people()
    {
        var futianAdmin = Person(AppRoles.CourtAdmin, Futian.Id);
        Assert.False(await AllowedAsync(futianAdmin, CourtOperations.ManagePeople, Longhua));
        Assert.False(await AllowedAsync(futianAdmin, CourtOperations.ViewInternals, Longhua));
    }

    [Fact]
    public async Task A_judge_sees_their_own_court_but_does_not_manage_its_people()
    {
        var judge = Person(AppRoles.Judge, Longhua.Id);
        Assert.True(await AllowedAsync(judge, CourtOperations.ViewInternals, Longhua));
        Assert.False(await AllowedAsync(judge, CourtOperations.ManagePeople, Longhua));
    }

    [Fact]
    public async Task An_organization_member_claiming_a_court_id_is_still_refused()
        => Assert.False(await AllowedAsync(Person(AppRoles.OrganizationMember, Longhua.Id), CourtOperations.ViewInternals, Longhua));

    [Fact]
    public async Task A_platform_administrator_manages_any_courts_people_but_does_not_see_its_internals()
    {
        var admin = Person(AppRoles.PlatformAdmin, Guid.NewGuid());
        Assert.True(await AllowedAsync(admin, CourtOperations.ManagePeople, Futian));
        Assert.False(await AllowedAsync(admin, CourtOperations.ViewInternals, Futian));
    }
}
