using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Organizations;

/// <summary>
/// A social organization that offers auxiliary services to courts. It registers once and is vetted once;
/// every court then sees the same record. Lifecycle: pending → verified, or returned for correction →
/// resubmitted (pending) → verified; a verified organization whose registration details change goes
/// back to pending for review.
/// </summary>
public sealed class Organization : Entity
{
    private List<string> _regions = [];
    private List<Guid> _categoryIds = [];

    private Organization()
    {
        Name = string.Empty;
        CreditCode = string.Empty;
        LegalRepresentative = string.Empty;
        ContactPerson = string.Empty;
        ContactPhone = string.Empty;
        ContactEmail = string.Empty;
        Address = string.Empty;
    }

    public string Name { get; private set; }

    /// <summary>The unified social credit code, normalized to upper case.</summary>
    public string CreditCode { get; private set; }

    public LegalForm LegalForm { get; private set; }

    public string LegalRepresentative { get; private set; }

    public string ContactPerson { get; private set; }

    public string ContactPhone { get; private set; }

    public string ContactEmail { get; private set; }

    public string Address { get; private set; }

    public IReadOnlyList<string> Regions => _regions;

    public IReadOnlyList<Guid> CategoryIds => _categoryIds;

    public OrganizationStatus Status { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>When the organization last submitted its details for review.</summary>
    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    /// <summary>Why the platform returned the registration, shown to the organization until it resubmits.</summary>
    public string? ReturnReason { get; private set; }

    /// <summary>
    /// Optimistic concurrency: changes with every edit and transition, so that nobody verifies details they
    /// did not see, and two people cannot vet or edit the same organization at once unawares.
    /// </summary>
    public Guid Version { get; private set; }

    public OrganizationProfile Profile => new(Name, CreditCode, LegalForm, LegalRepresentative, ContactPerson, ContactPhone, ContactEmail, Address, _regions, _categoryIds);

    public static Organization Register(OrganizationProfile profile, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var organization = new Organization { Status = OrganizationStatus.Pending, RegisteredAt = now, SubmittedAt = now };
        organization.Apply(profile);
        organization.Record("Organization.Registered", null, nameof(OrganizationStatus.Pending), new Dictionary<string, string?>
        {
            ["name"] = organization.Name,
            ["creditCode"] = organization.CreditCode,
        });
        return organization;
    }

    /// <summary>
    /// The organization changes its details. Contact details and service scope change at once; a change
    /// of registration details sends a verified organization back to review.
    /// </summary>
    public void UpdateProfile(OrganizationProfile profile, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (Status is OrganizationStatus.Excluded)
        {
            throw new DomainException("Organization.Excluded");
        }

        var registrationChanged = profile.RegistrationDiffersFrom(Profile);
        var before = Status;
        Apply(profile);
        if (registrationChanged && Status == OrganizationStatus.Verified)
        {
            Status = OrganizationStatus.Pending;
            SubmittedAt = now;
            Record("Organization.RegistrationChanged", before.ToString(), Status.ToString(), new Dictionary<string, string?> { ["name"] = Name, ["creditCode"] = CreditCode });
        }
        else
        {
            Record("Organization.ProfileUpdated", before.ToString(), Status.ToString());
        }
    }

    /// <summary>After correcting what the platform asked for, the organization submits again.</summary>
    public void Resubmit(DateTimeOffset now)
    {
        if (Status != OrganizationStatus.ReturnedForCorrection)
        {
            throw new DomainException("Organization.OnlyReturnedCanResubmit");
        }

        Status = OrganizationStatus.Pending;
        SubmittedAt = now;
        Version = Guid.NewGuid();
        Record("Organization.Resubmitted", nameof(OrganizationStatus.ReturnedForCorrection), Status.ToString());
    }

    public void Verify(DateTimeOffset now)
    {
        if (Status != OrganizationStatus.Pending)
        {
            throw new DomainException("Organization.OnlyPendingCanBeVerified");
        }

        Status = OrganizationStatus.Verified;
        VerifiedAt = now;
        ReturnReason = null;
        Version = Guid.NewGuid();
        Record("Organization.Verified", nameof(OrganizationStatus.Pending), Status.ToString());
    }

    public void ReturnForCorrection(string reason)
    {
        if (Status != OrganizationStatus.Pending)
        {
            throw new DomainException("Organization.OnlyPendingCanBeReturned");
        }

        ReturnReason = Guard.Required(reason, "Organization.ReturnReasonRequired", 2000);
        Status = OrganizationStatus.ReturnedForCorrection;
        Version = Guid.NewGuid();
        Record("Organization.ReturnedForCorrection", nameof(OrganizationStatus.Pending), Status.ToString(),
            new Dictionary<string, string?> { ["reason"] = ReturnReason });
    }

    /// <summary>Whether the platform currently lets this organization bid and take new work.</summary>
    public bool MayTakeNewWork => Status == OrganizationStatus.Verified;

    private void Apply(OrganizationProfile profile)
    {
        (Name, CreditCode, LegalForm, LegalRepresentative) = (profile.Name, profile.CreditCode, profile.LegalForm, profile.LegalRepresentative);
        (ContactPerson, ContactPhone, ContactEmail, Address) = (profile.ContactPerson, profile.ContactPhone, profile.ContactEmail, profile.Address);
        _regions = [.. profile.Regions];
        _categoryIds = [.. profile.CategoryIds];
        Version = Guid.NewGuid();
    }
}
