using CourtProcurement.Application.Tenancy;

namespace CourtProcurement.Application.Tests.Infrastructure;

/// <summary>A signed-in person as the tenant filters and the audit trail see them.</summary>
public sealed record TestUser(string UserName, Guid? CourtId = null, Guid? OrganizationId = null, bool IsPlatformAdmin = false) : ICurrentUser
{
    public string? UserId { get; init; } = Guid.NewGuid().ToString();

    string? ICurrentUser.UserName => UserName;

    public bool IsSystem => false;

    public static TestUser Anonymous => new("anonymous");
}
