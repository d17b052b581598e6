namespace CourtProcurement.Domain.Catalogue;

/// <summary>The licences and certificates an organization may have to hold for a catalogue item.</summary>
public enum QualificationKind
{
    /// <summary>营业执照 or 登记证书: every organization's registration.</summary>
    Registration = 1,
    StenographyCertificate = 2,
    MediatorCertificate = 3,
    TranslationCertificate = 4,
    CounsellorCertificate = 5,
    SocialWorkerCertificate = 6,
    ArchivesServiceQualification = 7,
    LegalServiceLicence = 8,
}
