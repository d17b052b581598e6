using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Organizations;

/// <summary>
/// A social organization that offers auxiliary services to courts. It registers once and is vetted once;
/// every court then sees the same record.
/// </summary>
public sealed class Organization : Entity
{
    private Organization()
    {
        Name = string.Empty;
        CreditCode = string.Empty;
    }

    public string Name { get; private set; }

    /// <summary>The unified social credit code, normalized to upper case.</summary>
    public string CreditCode { get; private set; }

    public OrganizationStatus Status { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    public string? ReturnReason { get; private set; }

    public static Organization Register(string name, string creditCode, DateTimeOffset now)
    {
        if (!UnifiedSocialCreditCode.IsValid(creditCode))
        {
            throw new DomainException("Organization.CreditCodeInvalid");
        }

        var organization = new Organization
        {
            Name = Guard.Required(name, "Organization.NameRequired", 200),
            CreditCode = UnifiedSocialCreditCode.Normalize(creditCode),
            Status = OrganizationStatus.Pending,
            RegisteredAt = now,
        };
        organization.Record("Organization.Registered", null, nameof(OrganizationStatus.Pending), new Dictionary<string, string?>
        {
            ["name"] = organization.Name,
            ["creditCode"] = organization.CreditCode,
        });
        return organization;
    }

    public void Verify(DateTimeOffset now)
    {
        if (Status is not (OrganizationStatus.Pending or OrganizationStatus.ReturnedForCorrection))
        {
            throw new DomainException("Organization.OnlyPendingCanBeVerified");
        }

        var from = Status;
        Status = OrganizationStatus.Verified;
        VerifiedAt = now;
        ReturnReason = null;
        Record("Organization.Verified", from.ToString(), Status.ToString());
    }

    public void ReturnForCorrection(string reason)
    {
        if (Status != OrganizationStatus.Pending)
        {
            throw new DomainException("Organization.OnlyPendingCanBeReturned");
        }

        ReturnReason = Guard.Required(reason, "Organization.ReturnReasonRequired", 2000);
        Status = OrganizationStatus.ReturnedForCorrection;
        Record("Organization.ReturnedForCorrection", nameof(OrganizationStatus.Pending), Status.ToString(),
            new Dictionary<string, string?> { ["reason"] = ReturnReason });
    }

    /// <summary>Whether the platform currently lets this organization bid and take new work.</summary>
    public bool MayTakeNewWork => Status == OrganizationStatus.Verified;
}
