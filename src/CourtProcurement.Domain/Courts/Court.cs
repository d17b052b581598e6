using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Courts;

/// <summary>
/// A people's court. Courts form a hierarchy (Supreme, high, intermediate, basic): a court's parent is
/// exactly one level higher; the court at the top of a platform may have none.
/// </summary>
public sealed class Court : Entity
{
    public const string ChinaStandardTime = "Asia/Shanghai";

    private Court()
    {
        Name = string.Empty;
        ShortCode = string.Empty;
        TimeZoneId = ChinaStandardTime;
    }

    public string Name { get; private set; }

    /// <summary>The code used in case numbers, e.g. 粤0309 in (2026)粤0309民初1234号.</summary>
    public string ShortCode { get; private set; }

    public CourtLevel Level { get; private set; }

    public Guid? ParentCourtId { get; private set; }

    public string TimeZoneId { get; private set; }

    public bool IsActive { get; private set; }

    public static Court Create(string name, string shortCode, CourtLevel level, Court? parent)
    {
        if (level == CourtLevel.Supreme && parent is not null)
        {
            throw new DomainException("Court.SupremeHasNoParent");
        }

        // The top court of a platform (say, a high court) may stand alone; a parent is exactly one level up.
        if (parent is not null && (int)parent.Level != (int)level - 1)
        {
            throw new DomainException("Court.ParentMustBeOneLevelUp");
        }

        var court = new Court
        {
            Name = Guard.Required(name, "Court.NameRequired", 100),
            ShortCode = Guard.Required(shortCode, "Court.ShortCodeRequired", 20),
            Level = level,
            ParentCourtId = parent?.Id,
            IsActive = true,
        };
        court.Record("Court.Created", null, "Active", new Dictionary<string, string?>
        {
            ["name"] = court.Name,
            ["shortCode"] = court.ShortCode,
            ["level"] = level.ToString(),
        });
        return court;
    }
}
