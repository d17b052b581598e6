namespace CourtProcurement.Domain.Organizations;

/// <summary>The legal form of an organization, as its registration certificate says.</summary>
public enum LegalForm
{
    /// <summary>社会团体</summary>
    SocialGroup = 1,

    /// <summary>社会服务机构 (民办非企业单位)</summary>
    SocialServiceOrganization = 2,

    /// <summary>基金会</summary>
    Foundation = 3,

    /// <summary>企业</summary>
    Enterprise = 4,

    /// <summary>律师事务所</summary>
    LawFirm = 5,

    Other = 9,
}
