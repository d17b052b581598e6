using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Organizations;

namespace CourtProcurement.Domain.Tests.Organizations;

public sealed class OrganizationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Mediation = Guid.NewGuid();

    internal static OrganizationProfile Profile(string name = "某机构", string code = "91350100M000100Y43", string representative = "张三", string phone = "0755-1234 5678")
        => new(name, code, LegalForm.SocialGroup, representative, "李四", phone, "contact@example.org", "深圳市福田区", ["深圳市"], [Mediation]);

    [Fact]
    public void A_registered_organization_is_pending_and_its_registration_is_recorded()
    {
        var organization = Organization.Register(Profile("深圳市和衷调解促进会", "9144030071526726xg"), Now);

        Assert.Equal(OrganizationStatus.Pending, organization.Status);
        Assert.Equal("9144030071526726XG", organization.CreditCode);
        var change = Assert.Single(organization.PendingStateChanges);
        Assert.Equal(("Organization.Registered", null, "Pending"), (change.Action, change.FromState, change.ToState));
    }

    [Fact]
    public void An_invalid_credit_code_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() => Profile(code: "91350100M000100Y44"));
        Assert.Equal("Organization.CreditCodeInvalid", refusal.ResourceKey);
    }

    [Fact]
    public void A_returned_organization_can_be_verified_after_correction()
    {
        var organization = Organization.Register(Profile(), Now);
        organization.ReturnForCorrection("营业执照已过期");
        Assert.Equal(OrganizationStatus.ReturnedForCorrection, organization.Status);
        Assert.Equal("Organization.OnlyPendingCanBeVerified", Assert.Throws<DomainException>(() => organization.Verify(Now)).ResourceKey);

        organization.UpdateProfile(Profile(representative: "王五"), Now.AddHours(1));
        organization.Resubmit(Now.AddHours(2));
        organization.Verify(Now.AddDays(1));

        Assert.Equal(OrganizationStatus.Verified, organization.Status);
        Assert.Null(organization.ReturnReason);
        Assert.Equal(["Organization.Registered", "Organization.ReturnedForCorrection", "Organization.ProfileUpdated", "Organization.Resubmitted", "Organization.Verified"],
            organization.PendingStateChanges.Select(c => c.Action));
    }

    [Fact]
    public void A_verified_organization_cannot_be_verified_again_or_returned()
    {
        var organization = Organization.Register(Profile(), Now);
        organization.Verify(Now);

        Assert.Equal("Organization.OnlyPendingCanBeVerified", Assert.Throws<DomainException>(() => organization.Verify(Now)).ResourceKey);
        Assert.Equal("Organization.OnlyPendingCanBeReturned", Assert.Throws<DomainException>(() => organization.ReturnForCorrection("x")).ResourceKey);
    }

    [Fact]
    public void A_verified_organization_that_changes_its_registration_goes_back_to_review()
    {
        var organization = Organization.Register(Profile(), Now);
        organization.Verify(Now);

        organization.UpdateProfile(Profile(representative: "新法定代表人"), Now.AddDays(3));

        Assert.Equal(OrganizationStatus.Pending, organization.Status);
        Assert.False(organization.MayTakeNewWork);
        Assert.Equal(Now.AddDays(3), organization.SubmittedAt);
        Assert.Equal("Organization.RegistrationChanged", organization.PendingStateChanges[^1].Action);
    }

    [Fact]
    public void A_new_phone_number_does_not_need_review()
    {
        var organization = Organization.Register(Profile(), Now);
        organization.Verify(Now);

        organization.UpdateProfile(Profile(phone: "0755-8888 9999"), Now.AddDays(3));

        Assert.Equal(OrganizationStatus.Verified, organization.Status);
        Assert.Equal("0755-8888 9999", organization.ContactPhone);
    }

    [Fact]
    public void Only_a_returned_organization_resubmits()
        => Assert.Equal("Organization.OnlyReturnedCanResubmit",
            Assert.Throws<DomainException>(() => Organization.Register(Profile(), Now).Resubmit(Now)).ResourceKey);

    [Fact]
    public void Returning_needs_a_reason()
    {
        var organization = Organization.Register(Profile(), Now);
        Assert.Equal("Organization.ReturnReasonRequired", Assert.Throws<DomainException>(() => organization.ReturnForCorrection("  ")).ResourceKey);
        Assert.Equal(OrganizationStatus.Pending, organization.Status);
    }
}
