using CourtProcurement.Domain.Procurement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CourtProcurement.Application.Procurement;

/// <summary>One method's figures in the <c>Procurement:Methods:{Method}</c> section; what is not set keeps the law's default.</summary>
public sealed class MethodRuleOptions
{
    public int? MinimumNoticeDays { get; set; }

    public PeriodUnit? NoticeUnit { get; set; }

    public int? MinimumBidders { get; set; }

    public bool? AllowsFinalOffer { get; set; }

    public int? CommentWorkingDays { get; set; }
}

/// <summary>The <c>Procurement</c> configuration section (docs/decisions/0007-procurement-rules.md).</summary>
public sealed class ProcurementRulesOptions
{
    public const string Section = "Procurement";

    public Dictionary<ProcurementMethod, MethodRuleOptions> Methods { get; } = [];

    public int? ChallengeWorkingDays { get; set; }

    public int? ChallengeAnswerWorkingDays { get; set; }

    public int? ComplaintWorkingDays { get; set; }

    /// <summary>The law's rules, with whatever configuration changes applied.</summary>
    public ProcurementRules Build()
    {
        var law = ProcurementRules.Statutory();
        var methods = Enum.GetValues<ProcurementMethod>().ToDictionary(m => m, m =>
        {
            var rule = law.For(m);
            if (!Methods.TryGetValue(m, out var set))
            {
                return rule;
            }

            return rule with
            {
                MinimumNoticePeriod = new Period(set.MinimumNoticeDays ?? rule.MinimumNoticePeriod.Days, set.NoticeUnit ?? rule.MinimumNoticePeriod.Unit),
                MinimumBidders = set.MinimumBidders ?? rule.MinimumBidders,
                AllowsFinalOffer = set.AllowsFinalOffer ?? rule.AllowsFinalOffer,
                CommentPeriod = set.CommentWorkingDays is { } days ? new Period(days, PeriodUnit.WorkingDays) : rule.CommentPeriod,
            };
        });
        Period WorkingDays(int? configured, Period fallback) => configured is { } days ? new Period(days, PeriodUnit.WorkingDays) : fallback;
        return new ProcurementRules(methods,
            WorkingDays(ChallengeWorkingDays, law.ChallengePeriod),
            WorkingDays(ChallengeAnswerWorkingDays, law.ChallengeAnswerPeriod),
            WorkingDays(ComplaintWorkingDays, law.ComplaintPeriod));
    }
}

public static class ProcurementRulesSetup
{
    /// <summary>Registers the rules once, from configuration over the law's defaults.</summary>
    public static IServiceCollection AddProcurementRules(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new ProcurementRulesOptions();
        configuration.GetSection(ProcurementRulesOptions.Section).Bind(options);
        return services.AddSingleton(options.Build());
    }
}
