using CourtProcurement.Application.Auditing;
using CourtProcurement.Application.Calendar;
using CourtProcurement.Application.Data;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Procurement;

public sealed record NeedRow(Guid Id, string Number, string Title, string CourtName, ProcurementMethod Method, NeedStatus Status,
    DateTimeOffset BidDeadline, decimal BudgetCeiling, bool IsSuspended, DateTimeOffset? PublishedAt);

/// <summary>A bid as the opening record and the evaluation show it: only ever built from opened bids.</summary>
public sealed record OpenedBidRow(Guid BidId, Guid OrganizationId, string OrganizationName, decimal Price, string? Proposal, DateTimeOffset? SubmittedAt,
    BidStatus Status, string? DisqualificationReason, decimal? PriceScore, decimal? TechnicalScore, decimal? TotalScore, int? Rank, IReadOnlyList<BidDocumentRow> Documents);

public sealed record ClarificationRow(Guid Id, string Question, DateTimeOffset AskedAt, string? Answer, DateTimeOffset? AnsweredAt, string? AskedBy);

public sealed record ChallengeRow(Guid Id, string OrganizationName, string Reasons, string? DocumentName, DateTimeOffset FiledAt, DateOnly AnswerDue,
    ChallengeStatus Status, string? Answer, ChallengeRemedy? Remedy, ComplaintStatus ComplaintStatus, string? ComplaintReasons, string? ComplaintDecision,
    DateOnly? ComplaintDeadline, string NeedNumber, string NeedTitle, Guid NeedId);

/// <summary>
/// What may be known about a need's bids now: nothing before the deadline, only their number between the
/// deadline and the opening, the opening record (and the evaluation) after it.
/// </summary>
public sealed record BidPicture(int? SubmittedCount, IReadOnlyList<OpenedBidRow> Opened);

public sealed record NeedPage(ServiceNeed Need, string ItemName, string CourtName, BidPicture Bids, IReadOnlyList<ClarificationRow> Clarifications,
    IReadOnlyList<ChallengeRow> Challenges, string? ContractBlocker, IReadOnlyDictionary<Guid, string> InvitedNames, DateTimeOffset Now);

public sealed record PersonOption(string UserId, string DisplayName);

public sealed record OwnBidRow(Guid NeedId, string NeedNumber, string NeedTitle, string CourtName, DateTimeOffset BidDeadline, NeedStatus NeedStatus, BidStatus Status, int? Rank, decimal? TotalScore);

/// <summary>The pages' reads of procurement. Each says whose view it builds; the sealed rule is applied here, once.</summary>
public sealed class ProcurementQueries(AppDbContext db, ICurrentUser currentUser, ProcurementRules rules, PlatformCalendar calendar, Files.IFileStore files, TimeProvider clock)
{
    /// <summary>A document of a notice: the court's own need at any stage, anyone else's once published.</summary>
    public async Task<DocumentDownloadResult?> NeedDocumentAsync(Guid needId, Guid documentId, CancellationToken cancellationToken = default)
    {
        var document = await db.ServiceNeeds.IgnoreQueryFilters([TenantQueryFilters.Name]).AsNoTracking()
            .Where(n => n.Id == needId && (n.Status != NeedStatus.Draft || n.CourtId == currentUser.CourtId))
            .SelectMany(n => n.Documents).SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        return document is null ? null : new DocumentDownloadResult(document.FileName, document.ContentType, files.OpenRead(document.FileKey));
    }

    /// <summary>The current court's needs (the tenant filter narrows them), newest first.</summary>
    public Task<List<NeedRow>> CourtNeedsAsync(NeedStatus? status, CancellationToken cancellationToken = default)
        => Rows(db.ServiceNeeds.Where(n => status == null || n.Status == status)).ToListAsync(cancellationToken);

    /// <summary>Published notices every signed-in organization and court may read: shared on purpose, never a draft.</summary>
    public Task<List<NeedRow>> NoticesAsync(bool openOnly, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var needs = db.ServiceNeeds.IgnoreQueryFilters([TenantQueryFilters.Name]).Where(n => n.Status != NeedStatus.Draft);
        if (openOnly)
        {
            needs = needs.Where(n => n.Status == NeedStatus.Published && !n.IsSuspended && n.BidDeadline > now);
        }

        return Rows(needs).ToListAsync(cancellationToken);
    }

    /// <summary>The needs on whose evaluation panel the current person sits.</summary>
    public Task<List<NeedRow>> PanelNeedsAsync(CancellationToken cancellationToken = default)
        => Rows(db.ServiceNeeds.Where(n => n.Panel.Any(m => m.UserId == currentUser.UserId))).ToListAsync(cancellationToken);

    /// <summary>The current organization's bids, with where each procurement stands.</summary>
    public Task<List<OwnBidRow>> OwnBidsAsync(CancellationToken cancellationToken = default)
        => (from bid in db.Bids
            join need in db.ServiceNeeds.IgnoreQueryFilters([TenantQueryFilters.Name]) on bid.NeedId equals need.Id
            join court in db.Courts on need.CourtId equals court.Id
            orderby bid.CreatedAt descending
            select new OwnBidRow(need.Id, need.Number, need.Title, court.Name, need.BidDeadline, need.Status, bid.Status, bid.Rank, bid.TotalScore))
            .AsNoTracking().ToListAsync(cancellationToken);

    /// <summary>The court's own view of its need (null for another court's).</summary>
    public async Task<NeedPage?> CourtNeedAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var need = await db.ServiceNeeds.AsNoTracking().Include(n => n.Clarifications).Include(n => n.Amendments).Include(n => n.OpeningConfirmations)
            .Include(n => n.Panel).Include(n => n.Documents).AsSplitQuery().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        return need is null ? null : await PageAsync(need, showAskers: true, cancellationToken);
    }

    /// <summary>
    /// A published need as an organization sees it: the notice, clarifications (without who asked), and the
    /// opening record only if it bid. Null for drafts.
    /// </summary>
    public async Task<NeedPage?> NoticeAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var need = await db.ServiceNeeds.IgnoreQueryFilters([TenantQueryFilters.Name]).AsNoTracking()
            .Include(n => n.Clarifications).Include(n => n.Amendments).Include(n => n.OpeningConfirmations).Include(n => n.Documents).AsSplitQuery()
            .SingleOrDefaultAsync(n => n.Id == id && n.Status != NeedStatus.Draft, cancellationToken);
        return need is null ? null : await PageAsync(need, showAskers: false, cancellationToken);
    }

    /// <summary>The court's active judges and staff, from whom the panel is named.</summary>
    public Task<List<PersonOption>> CourtPeopleAsync(CancellationToken cancellationToken = default)
        => db.Users.AsNoTracking().Where(u => u.CourtId != null && u.CourtId == currentUser.CourtId && u.IsActive)
            .OrderBy(u => u.DisplayName).Select(u => new PersonOption(u.Id, u.DisplayName)).ToListAsync(cancellationToken);

    /// <summary>Verified organizations a court may invite (or name for single source).</summary>
    public Task<List<(Guid Id, string Name)>> VerifiedOrganizationsAsync(CancellationToken cancellationToken = default)
        => db.Organizations.AsNoTracking().Where(o => o.Status == Domain.Organizations.OrganizationStatus.Verified).OrderBy(o => o.Name)
            .Select(o => new ValueTuple<Guid, string>(o.Id, o.Name)).ToListAsync(cancellationToken);

    /// <summary>A panel member's own scores, and everyone's once all have submitted.</summary>
    public async Task<(ScoreSheet? Own, IReadOnlyList<ScoreSheet> All)> SheetsAsync(Guid needId, CancellationToken cancellationToken = default)
    {
        var sheets = await db.ScoreSheets.AsNoTracking().Where(s => s.NeedId == needId).ToListAsync(cancellationToken);
        var need = await db.ServiceNeeds.AsNoTracking().Include(n => n.Panel).SingleAsync(n => n.Id == needId, cancellationToken);
        var allSubmitted = need.Panel.All(m => sheets.Any(s => s.MemberUserId == m.UserId && s.IsSubmitted));
        return (sheets.SingleOrDefault(s => s.MemberUserId == currentUser.UserId), allSubmitted ? sheets : []);
    }

    /// <summary>The need's history tab: its own entries, its challenges', and its bids' only once they are opened.</summary>
    public async Task<List<AuditEntryRow>> HistoryAsync(ServiceNeed need, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(need);
        var ids = new List<string> { need.Id.ToString("D") };
        ids.AddRange((await db.Challenges.Where(c => c.NeedId == need.Id).Select(c => c.Id).ToListAsync(cancellationToken)).Select(i => i.ToString("D")));
        if (need.OpenedAt is not null)
        {
            ids.AddRange((await db.Bids.Where(b => b.NeedId == need.Id && b.OpenedAt != null).Select(b => b.Id).ToListAsync(cancellationToken)).Select(i => i.ToString("D")));
        }

        if (need.Status is NeedStatus.Evaluated or NeedStatus.Awarded)
        {
            ids.AddRange((await db.ScoreSheets.Where(s => s.NeedId == need.Id).Select(s => s.Id).ToListAsync(cancellationToken)).Select(i => i.ToString("D")));
        }

        return await db.AuditEntries.AsNoTracking().Where(e => ids.Contains(e.EntityId)).OrderBy(e => e.Sequence)
            .Select(e => new AuditEntryRow(e.Sequence, e.OccurredAt, e.ActorName, e.Action, e.EntityType, e.EntityId, e.FromState, e.ToState, e.Details, e.Hash))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Ids of bids never opened (sealed, or drafts and withdrawn bids that never will be): the audit trail
    /// page leaves their entries out, so that neither who bid nor how many shows before the opening.
    /// </summary>
    public static async Task<List<string>> SealedBidIdsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = await db.Bids.IgnoreQueryFilters([TenantQueryFilters.Name]).Where(b => b.OpenedAt == null).Select(b => b.Id).ToListAsync(cancellationToken);
        return [.. ids.Select(id => id.ToString("D"))];
    }

    private async Task<NeedPage> PageAsync(ServiceNeed need, bool showAskers, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var item = await db.CatalogueItemVersions.AsNoTracking().Where(v => v.Id == need.CatalogueItemVersionId).Select(v => new { v.NameZh, v.NameEn }).SingleAsync(cancellationToken);
        var courtName = await db.Courts.AsNoTracking().Where(c => c.Id == need.CourtId).Select(c => c.Name).SingleAsync(cancellationToken);
        var askerIds = need.Clarifications.Select(c => c.AskedByOrganizationId).Concat(need.InvitedOrganizationIds).Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => askerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var clarifications = need.Clarifications.OrderBy(c => c.AskedAt)
            .Select(c => new ClarificationRow(c.Id, c.Question, c.AskedAt, c.Answer, c.AnsweredAt, showAskers ? names.GetValueOrDefault(c.AskedByOrganizationId) : null)).ToList();
        var challenges = await ChallengesAsync(need, now, cancellationToken);
        var blocker = need.Status == NeedStatus.Awarded
            ? ContractReadiness.Blocker(need, await db.Challenges.IgnoreQueryFilters([TenantQueryFilters.Name]).AsNoTracking().Where(c => c.NeedId == need.Id).ToListAsync(cancellationToken),
                now, rules, await calendar.WorkingDaysAsync(cancellationToken))
            : null;
        var itemName = System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal) ? item.NameEn : item.NameZh;
        return new NeedPage(need, itemName, courtName, await BidsAsync(need, now, cancellationToken), clarifications, challenges, blocker,
            showAskers || need.OpenedAt is not null ? need.InvitedOrganizationIds.ToDictionary(id => id, id => names.GetValueOrDefault(id) ?? string.Empty) : new Dictionary<Guid, string>(), now);
    }

    /// <summary>
    /// The sealed rule, in one place: who may know what about the bids, and when. Nothing before the
    /// deadline; the court alone learns the number until the opening; then the opening record (names,
    /// prices, times) is public. Proposals, documents and disqualification reasons stay with the court's
    /// side (not with a panel member who has not declared) and the bidder itself; scores and ranks become
    /// public with the award notice.
    /// </summary>
    private async Task<BidPicture> BidsAsync(ServiceNeed need, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now < need.BidDeadline && need.OpenedAt is null)
        {
            return new BidPicture(null, []);
        }

        var courtSide = currentUser.CourtId == need.CourtId || currentUser.IsPlatformAdmin;
        var seesContents = courtSide && !need.Panel.Any(m => m.UserId == currentUser.UserId && !m.HasDeclared);
        var all = db.Bids.IgnoreQueryFilters([TenantQueryFilters.Name]).AsNoTracking().Where(b => b.NeedId == need.Id);
        if (need.OpenedAt is null)
        {
            return new BidPicture(courtSide ? await all.CountAsync(b => b.Status == BidStatus.Submitted, cancellationToken) : null, []);
        }

        var awarded = need.Status == NeedStatus.Awarded;
        var visible = all.Where(b => b.OpenedAt != null);
        var opened = await visible.Include(b => b.Documents)
            .Join(db.Organizations.AsNoTracking(), b => b.OrganizationId, o => o.Id, (b, o) => new { Bid = b, o.Name }).ToListAsync(cancellationToken);
        var rows = opened.OrderBy(x => x.Bid.Rank ?? int.MaxValue).ThenBy(x => x.Bid.SubmittedAt).Select(x =>
        {
            var own = x.Bid.OrganizationId == currentUser.OrganizationId;
            var contents = seesContents || own;
            var scores = seesContents || awarded;
            return new OpenedBidRow(x.Bid.Id, x.Bid.OrganizationId, x.Name, x.Bid.Price ?? 0, contents ? x.Bid.Proposal : null, x.Bid.SubmittedAt, x.Bid.Status,
                contents ? x.Bid.DisqualificationReason : null, scores ? x.Bid.PriceScore : null, scores ? x.Bid.TechnicalScore : null,
                scores ? x.Bid.TotalScore : null, scores ? x.Bid.Rank : null,
                contents ? [.. x.Bid.Documents.Select(d => new BidDocumentRow(d.Id, d.FileName, d.ContentType, d.Length, d.UploadedAt))] : []);
        }).ToList();
        return new BidPicture(rows.Count, rows);
    }

    private async Task<List<ChallengeRow>> ChallengesAsync(ServiceNeed need, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var visible = db.Challenges.AsNoTracking().Where(c => c.NeedId == need.Id);
        var list = await visible.Join(db.Organizations.AsNoTracking(), c => c.OrganizationId, o => o.Id, (c, o) => new { Challenge = c, o.Name }).ToListAsync(cancellationToken);
        var workingDays = await calendar.WorkingDaysAsync(cancellationToken);
        return [.. list.OrderBy(x => x.Challenge.FiledAt).Select(x => ToRow(x.Challenge, x.Name, need, now, workingDays))];
    }

    /// <summary>Which of these needs are suspended (platform view).</summary>
    public async Task<IReadOnlyDictionary<Guid, bool>> SuspendedAsync(IReadOnlyCollection<Guid> needIds, CancellationToken cancellationToken = default)
        => await db.ServiceNeeds.AsNoTracking().Where(n => needIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.IsSuspended, cancellationToken);

    /// <summary>Every complaint lodged with the platform, for its administrators.</summary>
    public async Task<List<ChallengeRow>> ComplaintsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var workingDays = await calendar.WorkingDaysAsync(cancellationToken);
        var list = await (from c in db.Challenges.AsNoTracking()
                          join n in db.ServiceNeeds.AsNoTracking() on c.NeedId equals n.Id
                          join o in db.Organizations.AsNoTracking() on c.OrganizationId equals o.Id
                          where c.ComplaintStatus != ComplaintStatus.None
                          select new { Challenge = c, Need = n, o.Name }).ToListAsync(cancellationToken);
        return [.. list.OrderByDescending(x => x.Challenge.ComplaintFiledAt).Select(x => ToRow(x.Challenge, x.Name, x.Need, now, workingDays))];
    }

    private ChallengeRow ToRow(Challenge c, string organizationName, ServiceNeed need, DateTimeOffset now, Domain.Calendar.WorkingDayCalendar workingDays)
        => new(c.Id, organizationName, c.Reasons, c.DocumentName, c.FiledAt, c.AnswerDue, c.Status, c.Answer, c.Remedy, c.ComplaintStatus,
            c.ComplaintReasons, c.ComplaintDecision, c.ComplaintDeadline(now, rules, workingDays), need.Number, need.Title, need.Id);

    private IQueryable<NeedRow> Rows(IQueryable<ServiceNeed> needs)
        => from n in needs.AsNoTracking()
           join c in db.Courts.AsNoTracking() on n.CourtId equals c.Id
           orderby n.CreatedAt descending
           select new NeedRow(n.Id, n.Number, n.Title, c.Name, n.Method, n.Status, n.BidDeadline, n.BudgetCeiling, n.IsSuspended, n.PublishedAt);
}
