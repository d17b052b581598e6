using CourtProcurement.Web.Infrastructure.Display;

namespace CourtProcurement.Web.Tests.Shared;

public sealed class FormatsTests
{
    [Theory]
    [InlineData("1234.5", "¥1,234.50")]
    [InlineData("0", "¥0.00")]
    [InlineData("1234567.891", "¥1,234,567.89")]
    [InlineData("-12.3", "-¥12.30")]
    public void Money_is_shown_in_yuan_with_two_places(string amount, string shown)
        => Assert.Equal(shown, Formats.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Instants_stored_in_utc_are_shown_in_china_standard_time()
        => Assert.Equal("2027-01-01 00:30", Formats.ChinaTime(new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero)));
}
