using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace CourtProcurement.Application.Procurement;

/// <summary>What a bid offers: sealed until the opening.</summary>
public sealed record BidOffer(decimal Price, string? Proposal);

/// <summary>
/// Seals a bid's offer and documents with ASP.NET Core Data Protection, with a purpose per need, so that a
/// database dump or the file store taken before the opening reveals nothing and one need's ciphertext
/// cannot be replayed into another (docs/decisions/0008-sealed-bids.md).
/// </summary>
public sealed class BidSeal(IDataProtectionProvider provider)
{
    private const string Purpose = "CourtProcurement.Procurement.BidSeal.v1";

    private IDataProtector For(Guid needId) => provider.CreateProtector(Purpose, needId.ToString("N"));

    public string Seal(Guid needId, BidOffer offer) => For(needId).Protect(JsonSerializer.Serialize(offer));

    public BidOffer Unseal(Guid needId, string sealedOffer)
        => JsonSerializer.Deserialize<BidOffer>(For(needId).Unprotect(sealedOffer)) ?? throw new InvalidOperationException("An empty sealed offer.");

    public byte[] Seal(Guid needId, byte[] document) => For(needId).Protect(document);

    public byte[] Unseal(Guid needId, byte[] sealedDocument) => For(needId).Unprotect(sealedDocument);
}
