using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Organizations;

namespace CourtProcurement.Domain.Tests.Organizations;

public sealed class QualificationCheckTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 4);

    private static QualificationDocument Document(QualificationKind kind, DateOnly? expiresOn)
        => QualificationDocument.Upload(Guid.NewGuid(), kind, expiresOn, "x.pdf", new StoredFileFacts(new string('a', 32), "application/pdf", 10, new string('0', 64)), null, Today, Now);

    [Fact]
    public void Current_documents_cover_what_an_item_requires()
    {
        var documents = new[] { Document(QualificationKind.Registration, null), Document(QualificationKind.StenographyCertificate, Today.AddDays(10)) };
        Assert.Empty(QualificationCheck.Missing([QualificationKind.Registration, QualificationKind.StenographyCertificate], documents, Today));
    }

    [Fact]
    public void An_expired_certificate_no_longer_counts()
    {
        var documents = new[] { Document(QualificationKind.Registration, null), Document(QualificationKind.StenographyCertificate, Today.AddDays(10)) };
        Assert.Equal([QualificationKind.StenographyCertificate],
            QualificationCheck.Missing([QualificationKind.Registration, QualificationKind.StenographyCertificate], documents, Today.AddDays(11)));
    }

    [Fact]
    public void A_removed_document_no_longer_counts()
    {
        var licence = Document(QualificationKind.Registration, null);
        licence.Remove(Now);
        Assert.Equal([QualificationKind.Registration], QualificationCheck.Missing([QualificationKind.Registration], [licence], Today));
    }
}
