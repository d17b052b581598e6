using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Catalogue;

/// <summary>
/// A kind of auxiliary work courts buy (送达, 庭审速录, 调解, ...). Categories are platform reference data:
/// retired ones stay for the items and contracts that used them but take no new items.
/// </summary>
public sealed class ServiceCategory : Entity
{
    private ServiceCategory()
    {
        Code = string.Empty;
        NameZh = string.Empty;
        NameEn = string.Empty;
    }

    /// <summary>A stable, readable key, e.g. <c>service-of-process</c>.</summary>
    public string Code { get; private set; }

    public string NameZh { get; private set; }

    public string NameEn { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsRetired { get; private set; }

    public static ServiceCategory Create(string code, string nameZh, string nameEn, int sortOrder)
    {
        var category = new ServiceCategory
        {
            Code = CatalogueRules.Code(code),
            SortOrder = sortOrder,
        };
        category.SetNames(nameZh, nameEn);
        category.Record("Category.Created", null, "Active", new Dictionary<string, string?> { ["code"] = category.Code, ["nameZh"] = category.NameZh });
        return category;
    }

    public void Rename(string nameZh, string nameEn, int sortOrder)
    {
        var before = NameZh;
        SetNames(nameZh, nameEn);
        SortOrder = sortOrder;
        Record("Category.Renamed", null, null, new Dictionary<string, string?> { ["from"] = before, ["to"] = NameZh, ["nameEn"] = NameEn });
    }

    public void Retire()
    {
        if (IsRetired)
        {
            throw new DomainException("Category.AlreadyRetired");
        }

        IsRetired = true;
        Record("Category.Retired", "Active", "Retired");
    }

    public void Reinstate()
    {
        if (!IsRetired)
        {
            throw new DomainException("Category.NotRetired");
        }

        IsRetired = false;
        Record("Category.Reinstated", "Retired", "Active");
    }

    private void SetNames(string nameZh, string nameEn)
    {
        NameZh = Guard.Required(nameZh, "Catalogue.NameZhRequired", 100);
        NameEn = Guard.Required(nameEn, "Catalogue.NameEnRequired", 100);
    }
}
