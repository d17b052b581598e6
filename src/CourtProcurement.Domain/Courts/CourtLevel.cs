namespace CourtProcurement.Domain.Courts;

/// <summary>The four levels of the people's courts, highest first.</summary>
public enum CourtLevel
{
    Supreme = 1,
    High = 2,
    Intermediate = 3,
    Basic = 4,
}
