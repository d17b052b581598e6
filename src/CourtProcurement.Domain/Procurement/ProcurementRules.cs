using CourtProcurement.Domain.Calendar;

namespace CourtProcurement.Domain.Procurement;

/// <summary>A period the law sets, in calendar or working days.</summary>
public sealed record Period(int Days, PeriodUnit Unit)
{
    /// <summary>The last day of the period that starts the day after <paramref name="start"/>.</summary>
    public DateOnly EndFrom(DateOnly start, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Unit == PeriodUnit.WorkingDays ? calendar.AddWorkingDays(start, Days) : start.AddDays(Days);
    }
}

/// <summary>What one procurement method requires (docs/decisions/0007-procurement-rules.md).</summary>
public sealed record MethodRule(
    ProcurementMethod Method,
    Period MinimumNoticePeriod,
    int MinimumBidders,
    bool AllowsFinalOffer,
    bool RequiresInvitations,
    Period? CommentPeriod);

/// <summary>
/// The procurement rules in one place: per-method minimums and the challenge and complaint periods. The
/// figures come from configuration (defaults are the law's); the arithmetic is here.
/// </summary>
public sealed class ProcurementRules(IReadOnlyDictionary<ProcurementMethod, MethodRule> methods, Period challenge, Period challengeAnswer, Period complaint)
{
    public Period ChallengePeriod { get; } = challenge;

    public Period ChallengeAnswerPeriod { get; } = challengeAnswer;

    public Period ComplaintPeriod { get; } = complaint;

    public MethodRule For(ProcurementMethod method)
        => methods.TryGetValue(method, out var rule) ? rule : throw new ArgumentOutOfRangeException(nameof(method), method, "No rule for this method.");

    /// <summary>The earliest bid deadline (a day, China time) for a need published on <paramref name="publishedOn"/>.</summary>
    public DateOnly EarliestDeadline(ProcurementMethod method, DateOnly publishedOn, WorkingDayCalendar calendar)
        => For(method).MinimumNoticePeriod.EndFrom(publishedOn, calendar);

    /// <summary>Whether enough valid bids came in for the method to go on; otherwise the need fails (流标).</summary>
    public bool HasEnoughBidders(ProcurementMethod method, int validBids) => validBids >= For(method).MinimumBidders;

    /// <summary>The defaults of the law, used when configuration says nothing.</summary>
    public static ProcurementRules Statutory() => new(
        new Dictionary<ProcurementMethod, MethodRule>
        {
            [ProcurementMethod.OpenTender] = new(ProcurementMethod.OpenTender, new Period(20, PeriodUnit.CalendarDays), 3, false, false, null),
            [ProcurementMethod.InvitedTender] = new(ProcurementMethod.InvitedTender, new Period(20, PeriodUnit.CalendarDays), 3, false, true, null),
            [ProcurementMethod.CompetitiveNegotiation] = new(ProcurementMethod.CompetitiveNegotiation, new Period(3, PeriodUnit.WorkingDays), 3, true, false, null),
            [ProcurementMethod.CompetitiveConsultation] = new(ProcurementMethod.CompetitiveConsultation, new Period(10, PeriodUnit.CalendarDays), 3, true, false, null),
            [ProcurementMethod.SingleSource] = new(ProcurementMethod.SingleSource, new Period(5, PeriodUnit.WorkingDays), 1, false, true, new Period(5, PeriodUnit.WorkingDays)),
            [ProcurementMethod.RequestForQuotation] = new(ProcurementMethod.RequestForQuotation, new Period(3, PeriodUnit.WorkingDays), 3, false, false, null),
        },
        challenge: new Period(7, PeriodUnit.WorkingDays),
        challengeAnswer: new Period(7, PeriodUnit.WorkingDays),
        complaint: new Period(15, PeriodUnit.WorkingDays));
}
