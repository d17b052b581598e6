using CourtProcurement.Domain.Procurement;

namespace CourtProcurement.Application.OpenData;

/// <summary>
/// How the platform's words become OCDS codes (closed codelists of OCDS 1.1.5). The Chinese method is
/// kept in procurementMethodDetails; the mapping and its reasons are in docs/decisions/0010-open-data.md.
/// </summary>
public static class OcdsMapping
{
    public static string Method(ProcurementMethod method) => method switch
    {
        ProcurementMethod.OpenTender => "open",
        ProcurementMethod.InvitedTender => "selective",
        ProcurementMethod.RequestForQuotation => "selective",
        ProcurementMethod.CompetitiveNegotiation => "limited",
        ProcurementMethod.CompetitiveConsultation => "limited",
        ProcurementMethod.SingleSource => "direct",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    public static string MethodDetails(ProcurementMethod method) => method switch
    {
        ProcurementMethod.OpenTender => "公开招标",
        ProcurementMethod.InvitedTender => "邀请招标",
        ProcurementMethod.CompetitiveNegotiation => "竞争性谈判",
        ProcurementMethod.CompetitiveConsultation => "竞争性磋商",
        ProcurementMethod.SingleSource => "单一来源",
        ProcurementMethod.RequestForQuotation => "询价",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>tenderStatus: the tender is active from publication until it is awarded (complete), fails or is cancelled.</summary>
    public static string TenderStatus(NeedStatus status) => status switch
    {
        NeedStatus.Draft => "planned",
        NeedStatus.Published or NeedStatus.Opened or NeedStatus.Evaluated => "active",
        NeedStatus.Awarded => "complete",
        NeedStatus.Failed => "unsuccessful",
        NeedStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>
    /// A signed contract is active (also while suspended, which its description says); completed or ended
    /// early, it is terminated. A contract never signed is never published, so pending and cancelled do not occur.
    /// </summary>
    public static string ContractStatus(Domain.Contracts.ContractStatus status) => status switch
    {
        Domain.Contracts.ContractStatus.Active or Domain.Contracts.ContractStatus.Suspended => "active",
        Domain.Contracts.ContractStatus.Completed or Domain.Contracts.ContractStatus.Terminated => "terminated",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The release tags for a state change of a need, its contract or a work order; none for changes that publish nothing.</summary>
    public static IReadOnlyList<string> Tags(string action) => action switch
    {
        "Need.Published" => ["planning", "tender"],
        "Need.Amended" or "Need.DocumentAttached" => ["tenderAmendment"],
        "Need.QuestionAnswered" or "Need.Opened" or "Need.Failed" or "Need.Suspended" or "Need.SuspensionLifted" => ["tenderUpdate"],
        "Need.Cancelled" => ["tenderCancellation"],
        "Need.Awarded" => ["award"],
        "Need.AwardCancelled" or "Need.EvaluationReopened" => ["awardUpdate"],
        "Contract.Signed" => ["contract"],
        "Contract.MemberJoined" or "Contract.Suspended" or "Contract.Resumed" or "Contract.TextAttached" => ["contractUpdate"],
        "Contract.Completed" or "Contract.Terminated" => ["contractTermination"],
        "WorkOrder.Verified" => ["implementation"],
        _ => [],
    };

    /// <summary>Every value the API can put in a closed-codelist field, for the documentation and the tests.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ClosedValues = new Dictionary<string, IReadOnlyList<string>>
    {
        ["tag"] = ["planning", "tender", "tenderAmendment", "tenderUpdate", "tenderCancellation", "award", "awardUpdate", "contract", "contractUpdate", "contractTermination", "implementation"],
        ["tender.status"] = ["planned", "active", "complete", "unsuccessful", "cancelled"],
        ["tender.procurementMethod"] = ["open", "selective", "limited", "direct"],
        ["tender.mainProcurementCategory"] = ["services"],
        ["awards.status"] = ["active", "cancelled"],
        ["contracts.status"] = ["active", "terminated"],
        ["milestones.type"] = ["delivery"],
        ["milestones.status"] = ["scheduled", "met", "notMet"],
        ["initiationType"] = ["tender"],
        ["currency"] = ["CNY"],
    };
}
