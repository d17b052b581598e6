using CourtProcurement.Application.Data;
using CourtProcurement.Domain.Calendar;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Contracts;
using CourtProcurement.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Seeding;

/// <summary>
/// The demo's contract: the older award became a framework agreement that 福田 joined, with work orders
/// of both courts in every state (verified in two months, delivered and waiting, rejected, overdue, new),
/// made through the domain methods with the clock set back.
/// </summary>
public sealed class DemoContracts(AppDbContext db, ProcurementRules rules, Files.IFileStore files, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Contracts.AnyAsync(cancellationToken))
        {
            return;
        }

        var need = await db.ServiceNeeds.SingleOrDefaultAsync(n => n.Title == "2026年第四季度直接送达服务" && n.Status == NeedStatus.Awarded, cancellationToken);
        if (need is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = ChinaTime.Today(now);
        var awarded = await db.Bids.SingleAsync(b => b.Id == need.AwardedBidId, cancellationToken);
        var calendar = new WorkingDayCalendar(await db.Set<CalendarDay>().AsNoTracking().ToListAsync(cancellationToken));
        var challenges = await db.Challenges.Where(c => c.NeedId == need.Id).ToListAsync(cancellationToken);
        var itemName = await db.CatalogueItemVersions.Where(v => v.Id == need.CatalogueItemVersionId).Select(v => v.NameZh).SingleAsync(cancellationToken);
        var longhua = need.CourtId;
        var futian = await db.Courts.Where(c => c.ShortCode == "粤0304").Select(c => c.Id).SingleAsync(cancellationToken);

        var terms = new ContractTerms(Math.Floor(awarded.Price!.Value / need.Quantity * 100m) / 100m, today.AddDays(-30), today.AddDays(300), IsFramework: true);
        var contract = Contract.Draft(need, awarded, ContractReadiness.Blocker(need, challenges, now, rules, calendar),
            $"粤0309-HT-{today.Year}-001", itemName, terms, now.AddDays(-30));
        // The signed text, published with the contract notice (a stand-in PDF, as for the demo's other documents).
        using (var text = new MemoryStream(System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n% CourtProcurement demo document: signed contract\n%%EOF\n")))
        {
            var stored = await files.SaveAsync(text, 1024 * 1024, cancellationToken);
            contract.AttachText(stored.StoredName, "框架协议（签字盖章版）.pdf", Files.FileTypes.Pdf, now.AddDays(-29));
        }

        contract.Sign(now.AddDays(-29));
        contract.AddMember(futian, now.AddDays(-28));
        db.Contracts.Add(contract);

        var committed = 0m;
        WorkOrder Issue(Guid court, string caseNumber, decimal quantity, int issuedDaysAgo, int dueInDays)
        {
            var order = WorkOrder.Issue(contract, court, organizationMayReceiveWork: true, committed, caseNumber,
                "送达起诉状副本、应诉通知书及举证通知书，并上传送达回证。", quantity, today.AddDays(dueInDays), now.AddDays(-issuedDaysAgo));
            committed += quantity;
            db.WorkOrders.Add(order);
            return order;
        }

        void Verified(WorkOrder order, int deliveredDaysAgo)
        {
            order.Accept();
            order.Deliver("已全部直接送达，送达回证已上传。", now.AddDays(-deliveredDaysAgo));
            order.Verify(now.AddDays(-deliveredDaysAgo + 1));
        }

        Verified(Issue(longhua, "(2026)粤0309民初8812号", 40, 27, -20), 22);
        Verified(Issue(longhua, "(2026)粤0309民初9120号", 25, 15, -5), 6);
        Verified(Issue(futian, "(2026)粤0304民初5567号", 30, 20, -10), 13);
        var rejected = Issue(longhua, "(2026)粤0309民初9356号", 12, 10, -3);
        rejected.Accept();
        rejected.Deliver("已送达。", now.AddDays(-4));
        rejected.Reject("送达回证缺少受送达人签名，请补正后重新提交。", now.AddDays(-3));
        var waiting = Issue(longhua, "(2026)粤0309民初9701号", 18, 5, 5);
        waiting.Accept();
        waiting.Deliver("18 份文书均已送达，回证已上传。", now.AddDays(-1));
        Issue(longhua, "(2026)粤0309民初9488号", 15, 12, -2).Accept();
        Issue(longhua, "(2026)粤0309民初9902号", 10, 1, 10);
        Issue(futian, "(2026)粤0304民初6031号", 20, 2, 7);
        await db.SaveChangesAsync(cancellationToken);
    }
}
