using CourtProcurement.Domain.Organizations;

namespace CourtProcurement.Domain.Tests.Organizations;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // the worked example of GB 32100-2015
    [InlineData("9144030071526726XG")] // a Shenzhen enterprise, check character G
    [InlineData("914403001922038216")]
    [InlineData("91330100716105852F")]
    public void Real_codes_are_valid(string code) => Assert.True(UnifiedSocialCreditCode.IsValid(code));

    [Fact]
    public void Lower_case_and_surrounding_spaces_are_accepted_and_normalized()
    {
        Assert.True(UnifiedSocialCreditCode.IsValid(" 9144030071526726xg "));
        Assert.Equal("9144030071526726XG", UnifiedSocialCreditCode.Normalize(" 9144030071526726xg "));
    }

    [Theory]
    [InlineData("91350100M000100Y44", "wrong check character")]
    [InlineData("91350100M000100Y4", "17 characters")]
    [InlineData("91350100M000100Y433", "19 characters")]
    [InlineData("91350100M000I00Y43", "I is not in the alphabet")]
    [InlineData("9135O100M000100Y43", "O is not in the alphabet")]
    [InlineData("91350100M000100Z43", "Z is not in the alphabet")]
    [InlineData("913501A0M000100Y43", "the division code must be digits")]
    [InlineData("", "empty")]
    [InlineData(null, "missing")]
    public void Invalid_codes_are_refused(string? code, string why)
        => Assert.False(UnifiedSocialCreditCode.IsValid(code), why);

    [Fact]
    public void The_check_character_is_computed_modulo_31_over_the_first_seventeen()
        => Assert.Equal('3', UnifiedSocialCreditCode.CheckCharacter("91350100M000100Y4"));
}
