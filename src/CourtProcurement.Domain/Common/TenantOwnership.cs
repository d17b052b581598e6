namespace CourtProcurement.Domain.Common;

/// <summary>An entity that belongs to one court; queries are narrowed to the current user's court.</summary>
public interface ICourtOwned
{
    Guid CourtId { get; }
}

/// <summary>An entity that belongs to one organization; queries are narrowed to the current user's organization.</summary>
public interface IOrganizationOwned
{
    Guid OrganizationId { get; }
}
