namespace CourtProcurement.Domain.Catalogue;

/// <summary>What one unit of a catalogue item is: the thing a price is per.</summary>
public enum ServiceUnit
{
    PerDocument = 1,
    PerHearingHour = 2,
    PerCase = 3,
    PerPage = 4,
    PerHour = 5,
    PerPersonDay = 6,
    PerReport = 7,
    PerSession = 8,
}
