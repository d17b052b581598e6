using System.Security.Cryptography;
using System.Text;
using CourtProcurement.Application.Files;
using CourtProcurement.Application.Organizations;
using CourtProcurement.Application.Tenancy;
using CourtProcurement.Application.Tests.Infrastructure;
using CourtProcurement.Domain.Catalogue;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Tests.Organizations;

public abstract class QualificationDocumentsTests<TFixture> : IAsyncLifetime
    where TFixture : DatabaseFixture, new()
{
    private readonly TFixture _database = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"cp-files-{Guid.NewGuid():N}");
    private Guid _verified;
    private Guid _pending;

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF");

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = _database.CreateContext();
        var verified = Organization.Register(Profile("9144030071526726XG"), _database.Clock.GetUtcNow());
        verified.Verify(_database.Clock.GetUtcNow());
        var pending = Organization.Register(Profile("914403001922038216"), _database.Clock.GetUtcNow());
        db.Organizations.AddRange(verified, pending);
        await db.SaveChangesAsync();
        (_verified, _pending) = (verified.Id, pending.Id);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static OrganizationProfile Profile(string code) => new(
        "机构" + code[^4..], code, LegalForm.Enterprise, "张三", "李四", "0755-1", "a@example.org", "深圳", ["深圳市"], [Guid.NewGuid()]);

    private async Task<T> AsAsync<T>(ICurrentUser user, Func<QualificationDocuments, Task<T>> work)
    {
        await using var db = _database.CreateContext(user);
        return await work(new QualificationDocuments(db, new LocalFileStore(_folder), user, _database.Clock));
    }

    private static TestUser MemberOf(Guid organizationId) => new("member", OrganizationId: organizationId);

    private string[] StoredFiles() => Directory.Exists(_folder) ? Directory.GetFiles(_folder) : [];

    [Fact]
    public async Task An_upload_keeps_the_file_under_a_generated_name_with_its_hash_and_is_audited()
    {
        var id = await AsAsync(MemberOf(_verified), d => d.UploadAsync(_verified, QualificationKind.Registration, null, @"C:\扫描件\营业执照.pdf", new MemoryStream(Pdf)));

        await using var db = _database.CreateContext();
        var document = await db.QualificationDocuments.SingleAsync(d => d.Id == id);
        Assert.Equal(("营业执照.pdf", FileTypes.Pdf, (long)Pdf.Length), (document.OriginalFileName, document.ContentType, document.SizeBytes));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), document.Sha256);
        Assert.Equal(Path.Combine(_folder, document.StoredName), Assert.Single(StoredFiles()));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "Qualification.Uploaded" && e.OrganizationId == _verified));
    }

    [Fact]
    public async Task A_program_named_like_a_pdf_is_refused_and_nothing_is_kept()
    {
        var refusal = await Assert.ThrowsAsync<DomainException>(() => AsAsync(MemberOf(_verified),
            d => d.UploadAsync(_verified, QualificationKind.Registration, null, "licence.pdf", new MemoryStream(Encoding.ASCII.GetBytes("MZ\u0090\0 this is an exe")))));

        Assert.Equal("Qualification.TypeNotAccepted", refusal.ResourceKey);
        Assert.Empty(StoredFiles());
        await using var db = _database.CreateContext();
        Assert.False(await db.QualificationDocuments.AnyAsync());
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_and_no_part_of_it_stays()
    {
        var big = new byte[QualificationDocuments.MaxBytes + 1];
        Pdf.CopyTo(big, 0);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => AsAsync(MemberOf(_verified),
            d => d.UploadAsync(_verified, QualificationKind.Registration, null, "big.pdf", new MemoryStream(big))));

        Assert.Equal("Qualification.TooLarge", refusal.ResourceKey);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task When_the_row_cannot_be_saved_the_file_is_removed_too()
    {
        // No such organization: the foreign key refuses the row after the file was written.
        var nobody = Guid.NewGuid();
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => AsAsync(MemberOf(nobody),
            d => d.UploadAsync(nobody, QualificationKind.Registration, null, "licence.pdf", new MemoryStream(Pdf))));

        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task Another_organization_neither_lists_nor_opens_the_document()
    {
        var id = await AsAsync(MemberOf(_verified), d => d.UploadAsync(_verified, QualificationKind.Registration, null, "licence.pdf", new MemoryStream(Pdf)));

        var other = MemberOf(_pending);
        Assert.Empty(await AsAsync(other, d => d.ListAsync(_verified)));
        Assert.Null(await AsAsync(other, d => d.OpenAsync(id)));
        Assert.Equal("Common.NotFound", (await Assert.ThrowsAsync<DomainException>(() => AsAsync(other, async d => { await d.RemoveAsync(id); return 0; }))).ResourceKey);
    }

    [Fact]
    public async Task Court_staff_read_a_verified_organizations_documents_but_not_a_pending_ones()
    {
        var shared = await AsAsync(MemberOf(_verified), d => d.UploadAsync(_verified, QualificationKind.Registration, null, "licence.pdf", new MemoryStream(Pdf)));
        var hidden = await AsAsync(MemberOf(_pending), d => d.UploadAsync(_pending, QualificationKind.Registration, null, "licence.pdf", new MemoryStream(Pdf)));
        var judge = new TestUser("longhua-judge", CourtId: Guid.NewGuid());

        var download = await AsAsync(judge, d => d.OpenAsync(shared));
        await using (download!.Content)
        {
            Assert.Equal("licence.pdf", download.FileName);
        }

        Assert.Null(await AsAsync(judge, d => d.OpenAsync(hidden)));
        Assert.Empty(await AsAsync(judge, d => d.ListAsync(_pending)));
    }

    [Fact]
    public async Task A_document_expiring_within_thirty_days_is_announced_to_its_organization_once()
    {
        var today = ChinaTime.Today(_database.Clock.GetUtcNow());
        await AsAsync(MemberOf(_verified), d => d.UploadAsync(_verified, QualificationKind.MediatorCertificate, today.AddDays(29), "soon.pdf", new MemoryStream(Pdf)));
        await AsAsync(MemberOf(_verified), d => d.UploadAsync(_verified, QualificationKind.Registration, today.AddDays(31), "later.pdf", new MemoryStream(Pdf)));
        await using (var db = _database.CreateContext())
        {
            var member = CourtProcurement.Application.Identity.AppUser.ForOrganization("member", "m@example.org", "成员", _verified, false, _database.Clock.GetUtcNow());
            db.Users.Add(member);
            await db.SaveChangesAsync();
        }

        async Task<int> RunAsync()
        {
            await using var db = _database.CreateContext();
            return await new ExpiringQualificationsJob(db, new CourtProcurement.Application.Notifications.Notifier(db, _database.Clock), _database.Clock).RunAsync();
        }

        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync());
        await using var check = _database.CreateContext();
        var notice = Assert.Single(await check.Set<CourtProcurement.Application.Notifications.Notification>().ToListAsync());
        Assert.Equal("Notice.QualificationExpiring", notice.MessageKey);
        Assert.Contains("soon.pdf", notice.Arguments, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expiry_date_in_the_past_is_refused()
    {
        var yesterday = ChinaTime.Today(_database.Clock.GetUtcNow()).AddDays(-1);
        var refusal = await Assert.ThrowsAsync<DomainException>(() => AsAsync(MemberOf(_verified),
            d => d.UploadAsync(_verified, QualificationKind.MediatorCertificate, yesterday, "cert.pdf", new MemoryStream(Pdf))));
        Assert.Equal("Qualification.AlreadyExpired", refusal.ResourceKey);
    }
}

public sealed class QualificationDocumentsOnSqlite : QualificationDocumentsTests<SqliteFixture>;

public sealed class QualificationDocumentsOnPostgreSql : QualificationDocumentsTests<PostgreSqlFixture>;
