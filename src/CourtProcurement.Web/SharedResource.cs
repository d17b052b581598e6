namespace CourtProcurement.Web;

/// <summary>
/// Marker for the one set of interface strings: <c>Resources/SharedResource.resx</c> (Simplified Chinese,
/// the neutral language) and <c>Resources/SharedResource.en.resx</c>.
/// </summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>; it is never instantiated.
public sealed class SharedResource
#pragma warning restore CA1052
{
    private SharedResource()
    {
    }
}
