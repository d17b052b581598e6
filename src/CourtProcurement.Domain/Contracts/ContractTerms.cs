using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Contracts;

/// <summary>
/// What the court writes into a contract drawn from an award: the unit price work orders are priced at, the
/// period, and whether other courts may join it as a framework agreement (框架协议).
/// </summary>
public sealed record ContractTerms(decimal UnitPrice, DateOnly PeriodStart, DateOnly PeriodEnd, bool IsFramework)
{
    /// <summary>
    /// The unit price may not exceed the awarded total spread over the quantity (to the cent, rounded down, so
    /// that work orders for the whole quantity never pass the awarded total),
    /// nor the need's unit-price ceiling; the period must end after it starts and last at most three years
    /// (财政部令第110号 第五条: a framework agreement runs for at most three years).
    /// </summary>
    public void Validate(decimal awardedPrice, decimal quantity, decimal? unitPriceCeiling)
    {
        if (UnitPrice <= 0 || decimal.Round(UnitPrice, 2) != UnitPrice)
        {
            throw new DomainException("Contract.UnitPriceInvalid");
        }

        var spread = Math.Floor(awardedPrice / quantity * 100m) / 100m;
        if (UnitPrice > spread)
        {
            throw new DomainException("Contract.UnitPriceAboveAward", spread);
        }

        if (unitPriceCeiling is { } ceiling && UnitPrice > ceiling)
        {
            throw new DomainException("Contract.UnitPriceAboveCeiling", ceiling);
        }

        if (PeriodEnd < PeriodStart)
        {
            throw new DomainException("Contract.PeriodInvalid");
        }

        if (PeriodEnd > PeriodStart.AddYears(3))
        {
            throw new DomainException("Contract.PeriodTooLong");
        }
    }
}
