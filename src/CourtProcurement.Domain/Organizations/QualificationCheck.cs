using CourtProcurement.Domain.Catalogue;

namespace CourtProcurement.Domain.Organizations;

/// <summary>
/// Which qualifications a catalogue item requires that an organization does not hold on a given day. An
/// expired or removed document does not count, so an expired licence blocks bidding for the items that
/// need it (the bidding feature asks this before accepting a bid).
/// </summary>
public static class QualificationCheck
{
    public static IReadOnlyList<QualificationKind> Missing(
        IEnumerable<QualificationKind> required, IEnumerable<QualificationDocument> documents, DateOnly day)
    {
        var held = documents.Where(d => d.IsCurrentOn(day)).Select(d => d.Kind).ToHashSet();
        return [.. required.Distinct().Where(kind => !held.Contains(kind)).Order()];
    }
}
