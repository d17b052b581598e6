using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Organizations;

/// <summary>
/// What an organization registers: its registration details (vetted by the platform) and its contact
/// details and service scope (kept up to date by the organization itself).
/// </summary>
public sealed record OrganizationProfile
{
    public OrganizationProfile(
        string name, string creditCode, LegalForm legalForm, string legalRepresentative, string contactPerson, string contactPhone,
        string contactEmail, string address, IReadOnlyCollection<string> regions, IReadOnlyCollection<Guid> categoryIds)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(categoryIds);
        if (!UnifiedSocialCreditCode.IsValid(creditCode))
        {
            throw new DomainException("Organization.CreditCodeInvalid");
        }

        Name = Guard.Required(name, "Organization.NameRequired", 200);
        CreditCode = UnifiedSocialCreditCode.Normalize(creditCode);
        LegalForm = Enum.IsDefined(legalForm) ? legalForm : throw new DomainException("Organization.LegalFormRequired");
        LegalRepresentative = Guard.Required(legalRepresentative, "Organization.LegalRepresentativeRequired", 50);
        ContactPerson = Guard.Required(contactPerson, "Organization.ContactPersonRequired", 50);
        ContactPhone = Guard.Required(contactPhone, "Organization.ContactPhoneRequired", 30);
        ContactEmail = Guard.Required(contactEmail, "Organization.ContactEmailRequired", 256);
        Address = Guard.Required(address, "Organization.AddressRequired", 300);
        Regions = [.. regions.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal)];
        CategoryIds = [.. categoryIds.Distinct()];
        if (Regions.Count == 0)
        {
            throw new DomainException("Organization.RegionsRequired");
        }

        if (CategoryIds.Count == 0)
        {
            throw new DomainException("Organization.CategoriesRequired");
        }
    }

    public string Name { get; }

    public string CreditCode { get; }

    public LegalForm LegalForm { get; }

    public string LegalRepresentative { get; }

    public string ContactPerson { get; }

    public string ContactPhone { get; }

    public string ContactEmail { get; }

    public string Address { get; }

    public IReadOnlyList<string> Regions { get; }

    public IReadOnlyList<Guid> CategoryIds { get; }

    /// <summary>Whether the details the platform vetted differ: name, code, legal form, legal representative.</summary>
    public bool RegistrationDiffersFrom(OrganizationProfile other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (Name, CreditCode, LegalForm, LegalRepresentative) != (other.Name, other.CreditCode, other.LegalForm, other.LegalRepresentative);
    }
}
