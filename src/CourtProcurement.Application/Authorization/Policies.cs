using CourtProcurement.Application.Identity;
using Microsoft.AspNetCore.Authorization;

namespace CourtProcurement.Application.Authorization;

/// <summary>
/// Policies named for what they allow. They check role and tenant claim at the door; what depends on a
/// loaded record is checked afterwards by the resource handlers (e.g. <see cref="CourtAuthorizationHandler"/>).
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in person managing their own account (password, two-factor sign-in).</summary>
    public const string ManageOwnAccount = nameof(ManageOwnAccount);
    public const string ManagePlatform = nameof(ManagePlatform);

    /// <summary>Read the shared service catalogue: every signed-in person.</summary>
    public const string ReadCatalogue = nameof(ReadCatalogue);
    public const string ManageCatalogue = nameof(ManageCatalogue);
    public const string VerifyAuditTrail = nameof(VerifyAuditTrail);
    public const string ManageCourt = nameof(ManageCourt);
    public const string ManageCourtProcurement = nameof(ManageCourtProcurement);
    public const string ActForCourt = nameof(ActForCourt);
    public const string RateWork = nameof(RateWork);
    public const string ActForOrganization = nameof(ActForOrganization);
    public const string ManageOrganization = nameof(ManageOrganization);

    /// <summary>Download qualification documents: the organization's own members, court staff, the platform (the service narrows which).</summary>
    public const string ReadQualificationDocuments = nameof(ReadQualificationDocuments);

    /// <summary>Read the shared record of verified organizations: court staff and platform administrators.</summary>
    public const string ViewOrganizationRecords = nameof(ViewOrganizationRecords);

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // An endpoint that names no policy still needs a signed-in user; the public ones say [AllowAnonymous].
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(ManageOwnAccount, p => p.RequireAuthenticatedUser());
        options.AddPolicy(ReadCatalogue, p => p.RequireAuthenticatedUser());
        options.AddPolicy(ManagePlatform, p => p.RequireRole(AppRoles.PlatformAdmin));
        options.AddPolicy(ManageCatalogue, p => p.RequireRole(AppRoles.PlatformAdmin));
        options.AddPolicy(VerifyAuditTrail, p => p.RequireRole(AppRoles.PlatformAdmin));
        options.AddPolicy(ManageCourt, p => p.RequireRole(AppRoles.CourtAdmin).RequireClaim(AppClaimTypes.CourtId));
        options.AddPolicy(ManageCourtProcurement, p => p.RequireRole(AppRoles.CourtAdmin).RequireClaim(AppClaimTypes.CourtId));
        options.AddPolicy(ActForCourt, p => p.RequireRole(AppRoles.CourtAdmin, AppRoles.Judge).RequireClaim(AppClaimTypes.CourtId));
        options.AddPolicy(RateWork, p => p.RequireRole(AppRoles.Judge).RequireClaim(AppClaimTypes.CourtId));
        options.AddPolicy(ActForOrganization, p => p.RequireRole(AppRoles.OrganizationMember).RequireClaim(AppClaimTypes.OrganizationId));
        options.AddPolicy(ViewOrganizationRecords, p => p.RequireRole(AppRoles.CourtAdmin, AppRoles.Judge, AppRoles.PlatformAdmin));
        options.AddPolicy(ReadQualificationDocuments, p => p.RequireRole(AppRoles.OrganizationMember, AppRoles.CourtAdmin, AppRoles.Judge, AppRoles.PlatformAdmin));
        options.AddPolicy(ManageOrganization, p => p.RequireRole(AppRoles.OrganizationMember)
            .RequireClaim(AppClaimTypes.OrganizationId).RequireClaim(AppClaimTypes.OrganizationAdmin, "true"));
    }
}
