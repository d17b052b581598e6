namespace CourtProcurement.Application.Identity;

public static class AppRoles
{
    public const string PlatformAdmin = "PlatformAdmin";
    public const string CourtAdmin = "CourtAdmin";
    public const string Judge = "Judge";
    public const string OrganizationMember = "OrganizationMember";

    public static readonly IReadOnlyList<string> All = [PlatformAdmin, CourtAdmin, Judge, OrganizationMember];
}

/// <summary>Claims added to the sign-in cookie so that every request knows its tenant without a query.</summary>
public static class AppClaimTypes
{
    public const string CourtId = "court_id";
    public const string OrganizationId = "organization_id";
    public const string OrganizationAdmin = "organization_admin";
    public const string DisplayName = "display_name";
}
