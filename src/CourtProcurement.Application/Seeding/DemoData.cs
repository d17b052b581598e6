namespace CourtProcurement.Application.Seeding;

/// <summary>The demo users' names: scripts, tests and the README rely on them.</summary>
public static class DemoUsers
{
    public const string PlatformAdmin = "platform-admin";
    public const string LonghuaAdmin = "longhua-admin";
    public const string LonghuaJudge = "longhua-judge";
    public const string LonghuaJudge2 = "longhua-judge2";
    public const string FutianAdmin = "futian-admin";
    public const string FutianJudge = "futian-judge";
    public const string FutianJudge2 = "futian-judge2";
    public const string Org1Admin = "org1-admin";
    public const string Org2Admin = "org2-admin";
    public const string Org3Admin = "org3-admin";

    /// <summary>Administrator of an organization still waiting for vetting.</summary>
    public const string Org4Admin = "org4-admin";

    /// <summary>Administrator of an organization whose registration was returned for correction.</summary>
    public const string Org5Admin = "org5-admin";

    public static readonly IReadOnlyList<string> All =
    [
        PlatformAdmin, LonghuaAdmin, LonghuaJudge, LonghuaJudge2, FutianAdmin, FutianJudge, FutianJudge2,
        Org1Admin, Org2Admin, Org3Admin, Org4Admin, Org5Admin,
    ];
}

/// <summary>Where seeding reads its switches: <c>Seed:Demo</c> and <c>Seed:DemoPassword</c>.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Seed the demo data on an empty database (on by default in Development only).</summary>
    public bool Demo { get; set; }

    /// <summary>The one password every demo user shares; kept in configuration, never in code.</summary>
    public string? DemoPassword { get; set; }
}
