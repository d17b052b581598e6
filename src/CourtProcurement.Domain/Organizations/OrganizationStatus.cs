namespace CourtProcurement.Domain.Organizations;

public enum OrganizationStatus
{
    /// <summary>Registered and waiting for a platform administrator's vetting.</summary>
    Pending = 1,

    /// <summary>Sent back with reasons; the organization corrects and resubmits.</summary>
    ReturnedForCorrection = 2,

    Verified = 3,

    /// <summary>A supervision measure stops it bidding and taking new work orders for a time.</summary>
    Suspended = 4,

    /// <summary>Removed from the platform (清退).</summary>
    Excluded = 5,
}
