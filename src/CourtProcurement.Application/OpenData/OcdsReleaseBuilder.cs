using System.Globalization;
using System.Text.Json.Nodes;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;

namespace CourtProcurement.Application.OpenData;

/// <summary>A party as OCDS names it: a court (buyer) or an organization (tenderer, supplier), never a natural person.</summary>
public sealed record OcdsParty(string Id, string Name, string? CreditCode);

/// <summary>An opened bid as the release may show it: who, and (on an award) the price; nothing of the proposal.</summary>
public sealed record OcdsBid(Guid BidId, OcdsParty Bidder, decimal? Price);

/// <summary>A need's signed contract with its framework members and the verified work called off it.</summary>
public sealed record OcdsContract(Domain.Contracts.Contract Contract, IReadOnlyList<OcdsParty> MemberCourts, IReadOnlyList<OcdsTransaction> Transactions);

/// <summary>The value of work one court verified in one China month: what it owes the supplier for it (not a bank payment).</summary>
public sealed record OcdsTransaction(string Id, DateTimeOffset Date, decimal Amount, OcdsParty Payer);

/// <summary>
/// Builds one release from the state of a need at a state change. What is public is decided here, once
/// (the masking map in docs/decisions/0010-open-data.md): no contact person, no proposal, no member's
/// score, no disqualification reason; bidders appear only once the bids are opened.
/// </summary>
public static class OcdsReleaseBuilder
{
    public const string Currency = "CNY";

    public static JsonObject Build(ServiceNeed need, IReadOnlyList<string> tags, DateTimeOffset date, OcdsParty court, string itemName,
        IReadOnlyList<OcdsBid> openedBids, Guid? cancelledAward, OcdsContract? contract = null)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(court);
        ArgumentNullException.ThrowIfNull(openedBids);
        var parties = new JsonArray(Party(court, "buyer", "procuringEntity"));
        var opened = need.OpenedAt is not null;
        if (opened)
        {
            foreach (var bid in openedBids)
            {
                parties.Add(bid.BidId == need.AwardedBidId ? Party(bid.Bidder, "tenderer", "supplier") : Party(bid.Bidder, "tenderer"));
            }
        }

        var tender = new JsonObject
        {
            ["id"] = need.Number,
            ["title"] = need.Title,
            ["description"] = need.Description,
            ["status"] = OcdsMapping.TenderStatus(need.Status),
            ["procuringEntity"] = Reference(court),
            ["items"] = new JsonArray(new JsonObject
            {
                ["id"] = "1",
                ["description"] = itemName,
                ["quantity"] = need.Quantity,
                ["unit"] = Unit(need),
            }),
            ["value"] = Money(need.BudgetCeiling),
            ["procurementMethod"] = OcdsMapping.Method(need.Method),
            ["procurementMethodDetails"] = OcdsMapping.MethodDetails(need.Method),
            ["mainProcurementCategory"] = "services",
            ["awardCriteria"] = need.EvaluationMethod == EvaluationMethod.LowestPrice ? "priceOnly" : "ratedCriteria",
            ["tenderPeriod"] = new JsonObject { ["startDate"] = Iso(need.PublishedAt), ["endDate"] = Iso(need.BidDeadline) },
            ["hasEnquiries"] = need.Clarifications.Count > 0,
            ["documents"] = new JsonArray([.. need.Documents.OrderBy(d => d.UploadedAt).Select(d => (JsonNode)new JsonObject
            {
                ["id"] = d.Id.ToString("D"),
                ["documentType"] = "biddingDocuments",
                ["title"] = d.FileName,
                ["format"] = d.ContentType,
                ["datePublished"] = Iso(d.UploadedAt),
            })]),
            ["amendments"] = new JsonArray([.. need.Amendments.OrderBy(a => a.PublishedAt).Select(a => (JsonNode)new JsonObject
            {
                ["id"] = a.Id.ToString("D"),
                ["date"] = Iso(a.PublishedAt),
                ["description"] = a.Summary,
            })]),
        };
        if (need.SingleSourceJustification is { } justification)
        {
            tender["procurementMethodRationale"] = justification;
        }

        if (opened)
        {
            tender["numberOfTenderers"] = openedBids.Count;
            tender["tenderers"] = new JsonArray([.. openedBids.Select(b => (JsonNode)Reference(b.Bidder))]);
        }

        var release = new JsonObject
        {
            ["date"] = Iso(date),
            ["tag"] = new JsonArray([.. tags.Select(t => (JsonNode)t)]),
            ["initiationType"] = "tender",
            ["language"] = "zh",
            ["parties"] = parties,
            ["buyer"] = Reference(court),
            ["planning"] = new JsonObject { ["budget"] = new JsonObject { ["amount"] = Money(need.BudgetCeiling) } },
            ["tender"] = tender,
        };

        var awards = new JsonArray();
        if (cancelledAward is { } cancelled && openedBids.SingleOrDefault(b => b.BidId == cancelled) is { } was)
        {
            awards.Add(Award(was, "cancelled", null));
        }

        if (need.AwardedBidId is { } awarded && openedBids.SingleOrDefault(b => b.BidId == awarded) is { } winner)
        {
            awards.Add(Award(winner, "active", need.AwardedAt));
        }

        if (awards.Count > 0)
        {
            release["awards"] = awards;
        }

        if (contract is not null && need.AwardedBidId is { } awardedBid && openedBids.SingleOrDefault(b => b.BidId == awardedBid) is { } supplier)
        {
            AddContract(release, parties, contract, awardedBid, court, supplier.Bidder, itemName);
        }

        return release;
    }

    /// <summary>
    /// The signed contract: member courts of a framework agreement are parties as payers (they call work off
    /// and pay for it), the supplier is the payee, and implementation carries the verified work per court and
    /// month and the end of the service period as a delivery milestone. No work order, case or note appears.
    /// </summary>
    private static void AddContract(JsonObject release, JsonArray parties, OcdsContract signed, Guid awardedBid, OcdsParty buyer, OcdsParty supplier, string itemName)
    {
        var c = signed.Contract;
        AddRoles(parties, buyer.Id, "payer");
        AddRoles(parties, supplier.Id, "payee");
        foreach (var member in signed.MemberCourts)
        {
            parties.Add(Party(member, "payer"));
        }

        var notes = new List<string>();
        if (c.IsFramework)
        {
            notes.Add(signed.MemberCourts.Count == 0 ? "框架协议" : $"框架协议，成员法院：{string.Join("、", signed.MemberCourts.Select(m => m.Name))}");
        }

        if (c.Reason is { } reason)
        {
            notes.Add(c.Status == Domain.Contracts.ContractStatus.Suspended ? $"暂停履行：{reason}" : $"提前解除：{reason}");
        }

        var milestoneStatus = c.Status switch
        {
            Domain.Contracts.ContractStatus.Completed => "met",
            Domain.Contracts.ContractStatus.Terminated => "notMet",
            _ => "scheduled",
        };
        var milestone = new JsonObject
        {
            ["id"] = $"{c.Id:D}-period-end",
            ["title"] = "服务期届满",
            ["type"] = "delivery",
            ["dueDate"] = Iso(ChinaTime.FromLocal(c.PeriodEnd.ToDateTime(new TimeOnly(23, 59, 59)))),
            ["status"] = milestoneStatus,
        };
        if (c.Status == Domain.Contracts.ContractStatus.Completed)
        {
            milestone["dateMet"] = Iso(c.ClosedAt);
        }

        var contract = new JsonObject
        {
            ["id"] = c.Id.ToString("D"),
            ["awardID"] = $"award-{awardedBid:D}",
            ["title"] = $"{c.Number} {c.Title}",
            ["status"] = OcdsMapping.ContractStatus(c.Status),
            ["period"] = new JsonObject
            {
                ["startDate"] = Iso(ChinaTime.FromLocal(c.PeriodStart.ToDateTime(TimeOnly.MinValue))),
                ["endDate"] = Iso(ChinaTime.FromLocal(c.PeriodEnd.ToDateTime(new TimeOnly(23, 59, 59)))),
            },
            ["value"] = Money(c.Value),
            ["items"] = new JsonArray(new JsonObject
            {
                ["id"] = "1",
                ["description"] = itemName,
                ["quantity"] = c.Quantity,
                ["unit"] = new JsonObject { ["id"] = c.Unit.ToString(), ["name"] = c.Unit.ToString(), ["value"] = Money(c.UnitPrice) },
            }),
            ["dateSigned"] = Iso(c.SignedAt),
            ["implementation"] = new JsonObject
            {
                ["transactions"] = new JsonArray([.. signed.Transactions.Select(t => (JsonNode)new JsonObject
                {
                    ["id"] = t.Id,
                    ["date"] = Iso(t.Date),
                    ["value"] = Money(t.Amount),
                    ["payer"] = Reference(t.Payer),
                    ["payee"] = Reference(supplier),
                })]),
                ["milestones"] = new JsonArray(milestone),
            },
        };
        if (notes.Count > 0)
        {
            contract["description"] = string.Join("；", notes);
        }

        if (c.TextFileName is { } text)
        {
            // The file is served at /Notices/Contracts/{id}/Text; the release names it without the host.
            contract["documents"] = new JsonArray(new JsonObject
            {
                ["id"] = $"{c.Id:D}-text",
                ["documentType"] = "contractSigned",
                ["title"] = text,
                ["format"] = c.TextContentType,
                ["datePublished"] = Iso(c.TextAttachedAt),
            });
        }

        release["contracts"] = new JsonArray(contract);
    }

    private static void AddRoles(JsonArray parties, string partyId, params string[] roles)
    {
        if (parties.OfType<JsonObject>().FirstOrDefault(p => p["id"]!.GetValue<string>() == partyId)?["roles"] is JsonArray existing)
        {
            foreach (var role in roles.Where(r => existing.All(e => e!.GetValue<string>() != r)))
            {
                existing.Add(role);
            }
        }
    }

    public static string PartyId(string kind, Guid id) => $"{kind}-{id:D}";

    /// <summary>ISO 8601 with the China offset, as the courts read it.</summary>
    public static string? Iso(DateTimeOffset? instant)
        => instant is { } value ? ChinaTime.ToChinaTime(value).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : null;

    private static JsonObject Award(OcdsBid bid, string status, DateTimeOffset? date)
    {
        var award = new JsonObject
        {
            ["id"] = $"award-{bid.BidId:D}",
            ["status"] = status,
            ["suppliers"] = new JsonArray(Reference(bid.Bidder)),
        };
        if (date is not null)
        {
            award["date"] = Iso(date);
        }

        if (bid.Price is { } price)
        {
            award["value"] = Money(price);
        }

        return award;
    }

    private static JsonObject Party(OcdsParty party, params string[] roles)
    {
        var node = new JsonObject
        {
            ["id"] = party.Id,
            ["name"] = party.Name,
            ["roles"] = new JsonArray([.. roles.Select(r => (JsonNode)r)]),
        };
        if (party.CreditCode is { } code)
        {
            node["identifier"] = new JsonObject { ["scheme"] = "CN-USCC", ["id"] = code, ["legalName"] = party.Name };
        }

        return node;
    }

    private static JsonObject Reference(OcdsParty party) => new() { ["id"] = party.Id, ["name"] = party.Name };

    private static JsonObject Money(decimal amount) => new() { ["amount"] = amount, ["currency"] = Currency };

    private static JsonObject Unit(ServiceNeed need)
    {
        var unit = new JsonObject { ["id"] = need.Unit.ToString(), ["name"] = need.Unit.ToString() };
        if (need.UnitPriceCeiling is { } ceiling)
        {
            unit["value"] = Money(ceiling);
        }

        return unit;
    }
}
