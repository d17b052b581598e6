namespace CourtProcurement.Domain.Procurement;

/// <summary>The procurement methods of the Government Procurement Law, as courts use them for services.</summary>
public enum ProcurementMethod
{
    /// <summary>公开招标</summary>
    OpenTender = 1,

    /// <summary>邀请招标: the court invites named verified organizations.</summary>
    InvitedTender = 2,

    /// <summary>竞争性谈判</summary>
    CompetitiveNegotiation = 3,

    /// <summary>竞争性磋商</summary>
    CompetitiveConsultation = 4,

    /// <summary>单一来源: justified and published for comment first.</summary>
    SingleSource = 5,

    /// <summary>询价</summary>
    RequestForQuotation = 6,
}

public enum PeriodUnit
{
    CalendarDays = 1,
    WorkingDays = 2,
}
