using CourtProcurement.Domain.Calendar;
using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Procurement;

public enum ChallengeStatus
{
    Open = 1,
    Upheld = 2,
    Rejected = 3,
}

/// <summary>What an upheld challenge does to the procurement.</summary>
public enum ChallengeRemedy
{
    ReopenEvaluation = 1,
    CancelAward = 2,
}

public enum ComplaintStatus
{
    None = 0,
    Lodged = 1,
    Accepted = 2,
    Dismissed = 3,
    Withdrawn = 4,
}

/// <summary>
/// A bidder's challenge (质疑) to an award, filed within the challenge window and answered by the court
/// within its period; and, if the bidder is not satisfied or gets no answer in time, its complaint (投诉)
/// to the platform within the complaint period, which a platform administrator decides.
/// </summary>
public sealed class Challenge : Entity, ICourtOwned, IOrganizationOwned
{
    private Challenge()
    {
        Reasons = string.Empty;
    }

    public Guid NeedId { get; private set; }

    public Guid CourtId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string Reasons { get; private set; }

    /// <summary>A supporting document, in the file store.</summary>
    public string? DocumentKey { get; private set; }

    public string? DocumentName { get; private set; }

    public DateTimeOffset FiledAt { get; private set; }

    /// <summary>The last day (China time) the court may answer.</summary>
    public DateOnly AnswerDue { get; private set; }

    public ChallengeStatus Status { get; private set; }

    public string? Answer { get; private set; }

    public ChallengeRemedy? Remedy { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public ComplaintStatus ComplaintStatus { get; private set; }

    public string? ComplaintReasons { get; private set; }

    public DateTimeOffset? ComplaintFiledAt { get; private set; }

    public string? ComplaintDecision { get; private set; }

    public DateTimeOffset? ComplaintDecidedAt { get; private set; }

    public Guid Version { get; private set; }

    /// <summary>Still holding up the contract: unanswered and not taken to the platform, or a complaint not yet decided.</summary>
    public bool IsPending => ComplaintStatus == ComplaintStatus.Lodged || (Status == ChallengeStatus.Open && ComplaintStatus == ComplaintStatus.None);

    public static Challenge File(ServiceNeed need, Guid organizationId, string reasons, string? documentKey, string? documentName,
        DateTimeOffset now, ProcurementRules rules, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(rules);
        if (!need.IsChallengeWindowOpen(now))
        {
            throw new DomainException("Challenge.WindowClosed");
        }

        var challenge = new Challenge
        {
            NeedId = need.Id,
            CourtId = need.CourtId,
            OrganizationId = organizationId,
            Reasons = Guard.Required(reasons, "Challenge.ReasonsRequired", 4000),
            DocumentKey = documentKey,
            DocumentName = documentName is null ? null : Guard.Required(Path.GetFileName(documentName), "Document.FileRequired", 200),
            FiledAt = now,
            AnswerDue = rules.ChallengeAnswerPeriod.EndFrom(ChinaTime.Today(now), calendar),
            Status = ChallengeStatus.Open,
            Version = Guid.NewGuid(),
        };
        challenge.Record("Challenge.Filed", null, nameof(ChallengeStatus.Open), new Dictionary<string, string?> { ["need"] = need.Number });
        return challenge;
    }

    public void Respond(bool upheld, ChallengeRemedy? remedy, string answer, DateTimeOffset now)
    {
        if (Status != ChallengeStatus.Open)
        {
            throw new DomainException("Challenge.AlreadyAnswered");
        }

        if (ComplaintStatus != ComplaintStatus.None)
        {
            throw new DomainException("Challenge.WithThePlatform");
        }

        if (upheld && remedy is null)
        {
            throw new DomainException("Challenge.RemedyRequired");
        }

        Answer = Guard.Required(answer, "Challenge.AnswerRequired", 4000);
        Status = upheld ? ChallengeStatus.Upheld : ChallengeStatus.Rejected;
        Remedy = upheld ? remedy : null;
        AnsweredAt = now;
        Version = Guid.NewGuid();
        Record("Challenge.Answered", nameof(ChallengeStatus.Open), Status.ToString(), new Dictionary<string, string?>
        {
            ["remedy"] = Remedy?.ToString(),
            ["late"] = (ChinaTime.Today(now) > AnswerDue).ToString(),
        });
    }

    /// <summary>
    /// The last day a complaint may be lodged: the complaint period from the answer, or, with no answer in
    /// time, from the day the answer was due. Null while an answer may still come.
    /// </summary>
    public DateOnly? ComplaintDeadline(DateTimeOffset now, ProcurementRules rules, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (AnsweredAt is { } answered)
        {
            return rules.ComplaintPeriod.EndFrom(ChinaTime.Today(answered), calendar);
        }

        return ChinaTime.Today(now) > AnswerDue ? rules.ComplaintPeriod.EndFrom(AnswerDue, calendar) : null;
    }

    public void Complain(string reasons, DateTimeOffset now, ProcurementRules rules, WorkingDayCalendar calendar)
    {
        if (ComplaintStatus != ComplaintStatus.None)
        {
            throw new DomainException("Complaint.AlreadyLodged");
        }

        if (ComplaintDeadline(now, rules, calendar) is not { } last)
        {
            throw new DomainException("Complaint.WaitForAnswer");
        }

        if (ChinaTime.Today(now) > last)
        {
            throw new DomainException("Complaint.WindowClosed");
        }

        ComplaintReasons = Guard.Required(reasons, "Complaint.ReasonsRequired", 4000);
        ComplaintStatus = ComplaintStatus.Lodged;
        ComplaintFiledAt = now;
        Version = Guid.NewGuid();
        Record("Complaint.Lodged", nameof(ComplaintStatus.None), nameof(ComplaintStatus.Lodged));
    }

    public void DecideComplaint(ComplaintStatus decision, string reasons, DateTimeOffset now)
    {
        if (ComplaintStatus != ComplaintStatus.Lodged)
        {
            throw new DomainException("Complaint.NotLodged");
        }

        if (decision is not (ComplaintStatus.Accepted or ComplaintStatus.Dismissed or ComplaintStatus.Withdrawn))
        {
            throw new DomainException("Complaint.DecisionRequired");
        }

        ComplaintDecision = Guard.Required(reasons, "Complaint.DecisionReasonsRequired", 4000);
        ComplaintStatus = decision;
        ComplaintDecidedAt = now;
        Version = Guid.NewGuid();
        Record("Complaint.Decided", nameof(ComplaintStatus.Lodged), decision.ToString(), new Dictionary<string, string?> { ["reasons"] = ComplaintDecision });
    }
}

/// <summary>
/// Whether a contract may be made on an award: the challenge window has closed, no challenge or complaint
/// is pending, no answered challenge can still become a complaint, and the procurement is not suspended.
/// </summary>
public static class ContractReadiness
{
    public static string? Blocker(ServiceNeed need, IEnumerable<Challenge> challenges, DateTimeOffset now, ProcurementRules rules, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(challenges);
        if (need.Status != NeedStatus.Awarded)
        {
            return "Readiness.NotAwarded";
        }

        if (need.IsSuspended)
        {
            return "Need.Suspended";
        }

        if (need.IsChallengeWindowOpen(now))
        {
            return "Readiness.ChallengeWindowOpen";
        }

        foreach (var challenge in challenges)
        {
            if (challenge.IsPending)
            {
                return "Readiness.ChallengePending";
            }

            if (challenge.ComplaintStatus == ComplaintStatus.None
                && challenge.ComplaintDeadline(now, rules, calendar) is { } last && ChinaTime.Today(now) <= last)
            {
                return "Readiness.ComplaintWindowOpen";
            }
        }

        return null;
    }
}
