namespace CourtProcurement.Domain.Common;

/// <summary>
/// A rule of the domain refused a change. <see cref="ResourceKey"/> names the localized message shown to
/// the user; <see cref="Arguments"/> fill its placeholders.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string resourceKey, params object[] arguments)
        : base(resourceKey)
    {
        ResourceKey = resourceKey;
        Arguments = arguments;
    }

    public DomainException()
        : this("Error.Unknown")
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        ResourceKey = message;
        Arguments = [];
    }

    public string ResourceKey { get; }

    public IReadOnlyList<object> Arguments { get; }
}
