namespace CourtProcurement.Domain.Common;

internal static class Guard
{
    public static string Required(string? value, string resourceKey, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException(resourceKey);
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainException("Validation.MaxLength", maxLength);
        }

        return trimmed;
    }
}
