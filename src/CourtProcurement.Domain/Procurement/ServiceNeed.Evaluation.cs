using CourtProcurement.Domain.Calendar;
using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Procurement;

public sealed partial class ServiceNeed
{
    public Guid? AwardedBidId { get; private set; }

    public DateTimeOffset? AwardedAt { get; private set; }

    /// <summary>Why the court awarded to a bidder other than the top-ranked one.</summary>
    public string? AwardReason { get; private set; }

    /// <summary>The last day (China time) a bidder may file a challenge (质疑) against the award.</summary>
    public DateOnly? ChallengeDeadline { get; private set; }

    /// <summary>Suspended by the platform while a complaint (投诉) is decided.</summary>
    public bool IsSuspended { get; private set; }

    public string? SuspensionReason { get; private set; }

    private static bool IsTender(ProcurementMethod method) => method is ProcurementMethod.OpenTender or ProcurementMethod.InvitedTender;

    /// <summary>The court names its panel after the opening: for tenders at least 3 members, an odd number.</summary>
    public void AppointPanel(IReadOnlyList<(string UserId, string DisplayName)> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        RequireStatus(NeedStatus.Opened, "Panel.OnlyAfterOpening");
        if (_panel.Any(m => m.HasDeclared))
        {
            throw new DomainException("Panel.AlreadyAtWork");
        }

        var distinct = members.DistinctBy(m => m.UserId).ToList();
        if (distinct.Count == 0 || (IsTender(Method) && (distinct.Count < 3 || distinct.Count % 2 == 0)))
        {
            throw new DomainException("Panel.SizeForTender");
        }

        _panel.Clear();
        _panel.AddRange(distinct.Select(m => PanelMember.Create(Id, m.UserId, m.DisplayName)));
        Version = Guid.NewGuid();
        Record("Need.PanelAppointed", Status.ToString(), Status.ToString(), new Dictionary<string, string?>
        {
            ["members"] = string.Join(", ", distinct.Select(m => m.DisplayName)),
        });
    }

    public PanelMember? PanelMemberFor(string? userId) => _panel.SingleOrDefault(m => m.UserId == userId);

    /// <summary>A member declares no conflict of interest with any bidder; only then may they see the bids.</summary>
    public void DeclareNoConflict(string userId, DateTimeOffset now)
    {
        RequireStatus(NeedStatus.Opened, "Panel.OnlyAfterOpening");
        var member = PanelMemberFor(userId) ?? throw new DomainException("Panel.NotAMember");
        member.Declare(now);
        Record("Need.NoConflictDeclared", Status.ToString(), Status.ToString(), new Dictionary<string, string?> { ["member"] = member.DisplayName });
    }

    /// <summary>A declared panel member of this need, at work while it is opened.</summary>
    public PanelMember RequireActiveMember(string? userId)
    {
        RequireStatus(NeedStatus.Opened, "Panel.OnlyAfterOpening");
        var member = PanelMemberFor(userId) ?? throw new DomainException("Panel.NotAMember");
        return member.HasDeclared ? member : throw new DomainException("Panel.DeclareFirst");
    }

    /// <summary>The evaluation is complete: the ranking computed by <see cref="Scoring"/> has been written to the bids.</summary>
    public void CompleteEvaluation(DateTimeOffset now)
    {
        RequireStatus(NeedStatus.Opened, "Panel.OnlyAfterOpening");
        if (_panel.Count == 0 || _panel.Any(m => !m.HasDeclared))
        {
            throw new DomainException("Evaluation.PanelNotReady");
        }

        Status = NeedStatus.Evaluated;
        Version = Guid.NewGuid();
        Record("Need.Evaluated", nameof(NeedStatus.Opened), nameof(NeedStatus.Evaluated), new Dictionary<string, string?>
        {
            ["at"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    /// <summary>
    /// The court awards to the top-ranked bidder, or to another with its reasons recorded, and publishes
    /// the award notice; the challenge window runs from the day of the notice.
    /// </summary>
    public void Award(Guid bidId, Guid topRankedBidId, string? reason, DateTimeOffset now, ProcurementRules rules, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rules);
        RequireStatus(NeedStatus.Evaluated, "Award.OnlyEvaluated");
        if (IsSuspended)
        {
            throw new DomainException("Need.Suspended");
        }

        AwardReason = bidId == topRankedBidId
            ? (string.IsNullOrWhiteSpace(reason) ? null : Guard.Required(reason, "Award.ReasonRequired", 2000))
            : Guard.Required(reason, "Award.ReasonRequired", 2000);
        AwardedBidId = bidId;
        AwardedAt = now;
        ChallengeDeadline = rules.ChallengePeriod.EndFrom(ChinaTime.Today(now), calendar);
        Status = NeedStatus.Awarded;
        Version = Guid.NewGuid();
        Record("Need.Awarded", nameof(NeedStatus.Evaluated), nameof(NeedStatus.Awarded), new Dictionary<string, string?>
        {
            ["bid"] = bidId.ToString(),
            ["topRanked"] = (bidId == topRankedBidId).ToString(),
            ["reason"] = AwardReason,
        });
    }

    public bool IsChallengeWindowOpen(DateTimeOffset now)
        => Status == NeedStatus.Awarded && ChallengeDeadline is { } last && ChinaTime.Today(now) <= last;

    /// <summary>An upheld challenge cancels the award: the court may award again from the same ranking.</summary>
    public void CancelAward(DateTimeOffset now)
    {
        RequireStatus(NeedStatus.Awarded, "Award.NotAwarded");
        var bid = AwardedBidId;
        (AwardedBidId, AwardedAt, AwardReason, ChallengeDeadline) = (null, null, null, null);
        Status = NeedStatus.Evaluated;
        Version = Guid.NewGuid();
        Record("Need.AwardCancelled", nameof(NeedStatus.Awarded), nameof(NeedStatus.Evaluated), new Dictionary<string, string?>
        {
            ["bid"] = bid?.ToString(),
            ["at"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    /// <summary>An upheld challenge reopens the evaluation: the panel scores again.</summary>
    public void ReopenEvaluation(DateTimeOffset now)
    {
        if (Status is not (NeedStatus.Awarded or NeedStatus.Evaluated))
        {
            throw new DomainException("Evaluation.CannotReopen");
        }

        var before = Status;
        var bid = AwardedBidId;
        (AwardedBidId, AwardedAt, AwardReason, ChallengeDeadline) = (null, null, null, null);
        Status = NeedStatus.Opened;
        Version = Guid.NewGuid();
        Record("Need.EvaluationReopened", before.ToString(), Status.ToString(), new Dictionary<string, string?>
        {
            ["bid"] = bid?.ToString(),
            ["at"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    /// <summary>The platform suspends the procurement while it decides a complaint.</summary>
    public void Suspend(string reason, DateTimeOffset now)
    {
        if (IsSuspended || Status is NeedStatus.Draft or NeedStatus.Failed or NeedStatus.Cancelled)
        {
            throw new DomainException("Need.CannotSuspend");
        }

        SuspensionReason = Guard.Required(reason, "Need.SuspensionReasonRequired", 2000);
        IsSuspended = true;
        Version = Guid.NewGuid();
        Record("Need.Suspended", Status.ToString(), Status.ToString(), new Dictionary<string, string?>
        {
            ["reason"] = SuspensionReason,
            ["at"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public void LiftSuspension(DateTimeOffset now)
    {
        if (!IsSuspended)
        {
            throw new DomainException("Need.NotSuspended");
        }

        IsSuspended = false;
        SuspensionReason = null;
        Version = Guid.NewGuid();
        Record("Need.SuspensionLifted", Status.ToString(), Status.ToString(), new Dictionary<string, string?>
        {
            ["at"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });
    }
}
