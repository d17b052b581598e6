using CourtProcurement.Application.Procurement;
using CourtProcurement.Domain.Procurement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CourtProcurement.Application.Tests.Procurement;

public sealed class ProcurementRulesConfigurationTests
{
    private static ProcurementRules From(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddProcurementRules(configuration).BuildServiceProvider().GetRequiredService<ProcurementRules>();
    }

    [Fact]
    public void Without_configuration_the_rules_are_the_laws()
    {
        var rules = From([]);
        Assert.Equal(new Period(20, PeriodUnit.CalendarDays), rules.For(ProcurementMethod.OpenTender).MinimumNoticePeriod);
        Assert.Equal(new Period(7, PeriodUnit.WorkingDays), rules.ChallengePeriod);
        Assert.Equal(new Period(15, PeriodUnit.WorkingDays), rules.ComplaintPeriod);
    }

    [Fact]
    public void Configuration_changes_only_the_figures_it_names()
    {
        var rules = From(new()
        {
            ["Procurement:Methods:OpenTender:MinimumNoticeDays"] = "25",
            ["Procurement:Methods:CompetitiveConsultation:MinimumBidders"] = "2",
            ["Procurement:ComplaintWorkingDays"] = "20",
        });

        Assert.Equal(new Period(25, PeriodUnit.CalendarDays), rules.For(ProcurementMethod.OpenTender).MinimumNoticePeriod);
        Assert.Equal(3, rules.For(ProcurementMethod.OpenTender).MinimumBidders);
        Assert.Equal(2, rules.For(ProcurementMethod.CompetitiveConsultation).MinimumBidders);
        Assert.Equal(new Period(20, PeriodUnit.WorkingDays), rules.ComplaintPeriod);
        Assert.Equal(new Period(7, PeriodUnit.WorkingDays), rules.ChallengePeriod);
    }
}
