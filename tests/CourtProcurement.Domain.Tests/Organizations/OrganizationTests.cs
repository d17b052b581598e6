using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Organizations;

namespace CourtProcurement.Domain.Tests.Organizations;

public sealed class OrganizationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_registered_organization_is_pending_and_its_registration_is_recorded()
    {
        var organization = Organization.Register("深圳市和衷调解促进会", "9144030071526726xg", Now);

        Assert.Equal(OrganizationStatus.Pending, organization.Status);
        Assert.Equal("9144030071526726XG", organization.CreditCode);
        var change = Assert.Single(organization.PendingStateChanges);
        Assert.Equal(("Organization.Registered", null, "Pending"), (change.Action, change.FromState, change.ToState));
    }

    [Fact]
    public void An_invalid_credit_code_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() => Organization.Register("某机构", "91350100M000100Y44", Now));
        Assert.Equal("Organization.CreditCodeInvalid", refusal.ResourceKey);
    }

    [Fact]
    public void A_returned_organization_can_be_verified_after_correction()
    {
        var organization = Organization.Register("某机构", "91350100M000100Y43", Now);
        organization.ReturnForCorrection("营业执照已过期");
        Assert.Equal(OrganizationStatus.ReturnedForCorrection, organization.Status);

        organization.Verify(Now.AddDays(1));

        Assert.Equal(OrganizationStatus.Verified, organization.Status);
        Assert.Null(organization.ReturnReason);
        Assert.Equal(["Organization.Registered", "Organization.ReturnedForCorrection", "Organization.Verified"],
            organization.PendingStateChanges.Select(c => c.Action));
    }

    [Fact]
    public void A_verified_organization_cannot_be_verified_again_or_returned()
    {
        var organization = Organization.Register("某机构", "91350100M000100Y43", Now);
        organization.Verify(Now);

        Assert.Equal("Organization.OnlyPendingCanBeVerified", Assert.Throws<DomainException>(() => organization.Verify(Now)).ResourceKey);
        Assert.Equal("Organization.OnlyPendingCanBeReturned", Assert.Throws<DomainException>(() => organization.ReturnForCorrection("x")).ResourceKey);
    }

    [Fact]
    public void Returning_needs_a_reason()
    {
        var organization = Organization.Register("某机构", "91350100M000100Y43", Now);
        Assert.Equal("Organization.ReturnReasonRequired", Assert.Throws<DomainException>(() => organization.ReturnForCorrection("  ")).ResourceKey);
        Assert.Equal(OrganizationStatus.Pending, organization.Status);
    }
}
