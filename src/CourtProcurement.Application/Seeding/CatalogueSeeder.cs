using CourtProcurement.Application.Data;
using CourtProcurement.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Seeding;

/// <summary>
/// The eight service categories of the Supreme People's Court's guidance are platform reference data:
/// created on an empty catalogue in every environment; administrators add, edit and retire from there.
/// </summary>
public sealed class CatalogueSeeder(AppDbContext db)
{
    public static readonly IReadOnlyList<(string Code, string NameZh, string NameEn)> Categories =
    [
        ("service-of-process", "送达", "Service of process"),
        ("hearing-transcription", "庭审速录", "Hearing transcription"),
        ("mediation", "调解（诉前调解、委派调解）", "Mediation (pre-litigation and delegated)"),
        ("archive-scanning", "档案数字化", "Archive scanning"),
        ("interpretation", "翻译", "Interpretation"),
        ("psychological-counselling", "心理疏导", "Psychological counselling"),
        ("social-investigation", "社会调查（少年审判）", "Social investigation (juvenile cases)"),
        ("enforcement-assistance", "执行辅助", "Enforcement assistance"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.ServiceCategories.AnyAsync(cancellationToken))
        {
            return;
        }

        db.ServiceCategories.AddRange(Categories.Select((c, i) => ServiceCategory.Create(c.Code, c.NameZh, c.NameEn, (i + 1) * 10)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
