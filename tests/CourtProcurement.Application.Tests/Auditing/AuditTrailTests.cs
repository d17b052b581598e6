using CourtProcurement.Application.Auditing;
using CourtProcurement.Application.Tests.Infrastructure;
using CourtProcurement.Domain.Auditing;
using CourtProcurement.Domain.Courts;
using CourtProcurement.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Tests.Auditing;

/// <summary>Each test gets its own database: several of them tamper with the chain.</summary>
public abstract class AuditTrailTests<TFixture> : IAsyncLifetime
    where TFixture : DatabaseFixture, new()
{
    private readonly TFixture _database = new();
    private readonly TestUser _admin = new("longhua-admin");

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private async Task<Court> CreateCourtAsync(string code)
    {
        await using var db = _database.CreateContext(_admin);
        var court = Court.Create("测试法院" + code, code, CourtLevel.Intermediate, null);
        db.Courts.Add(court);
        await db.SaveChangesAsync();
        return court;
    }

    private async Task<AuditChainReport> VerifyAsync()
    {
        await using var db = _database.CreateContext();
        return await new AuditChainVerification(db).VerifyAsync();
    }

    private async Task ExecuteSqlAsync(string sql)
    {
        await using var db = _database.CreateContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    [Fact]
    public async Task A_state_change_writes_its_audit_entry_in_the_same_save()
    {
        var court = await CreateCourtAsync("粤03");

        await using var db = _database.CreateContext();
        var entry = await db.AuditEntries.SingleAsync();
        Assert.Equal(("Court.Created", nameof(Court), court.Id.ToString("D")), (entry.Action, entry.EntityType, entry.EntityId));
        Assert.Equal((null, "Active"), (entry.FromState, entry.ToState));
        Assert.Equal(("longhua-admin", _admin.UserId), (entry.ActorName, entry.ActorUserId));
        Assert.Equal(court.Id, entry.CourtId);
        Assert.Equal(_database.Clock.GetUtcNow(), entry.OccurredAt);
        Assert.Contains("\"shortCode\":\"粤03\"", entry.Details, StringComparison.Ordinal);
        Assert.Empty(court.PendingStateChanges);
    }

    [Fact]
    public async Task Entries_from_many_saves_form_one_intact_chain()
    {
        for (var i = 1; i <= 5; i++)
        {
            await CreateCourtAsync($"粤0{i}");
        }

        var report = await VerifyAsync();

        Assert.True(report.IsIntact);
        Assert.Equal(5, report.EntriesChecked);
        Assert.Equal(5, report.HeadSequence);
    }

    [Fact]
    public async Task A_row_edited_behind_the_applications_back_breaks_the_chain_there()
    {
        for (var i = 1; i <= 4; i++)
        {
            await CreateCourtAsync($"粤0{i}");
        }

        await ExecuteSqlAsync("UPDATE \"AuditEntries\" SET \"ActorName\" = 'someone-else' WHERE \"Sequence\" = 2");

        Assert.Equal(new AuditChainBreak(2, AuditChainBreakKind.ContentChanged), (await VerifyAsync()).FirstBreak);
    }

    [Fact]
    public async Task A_row_deleted_behind_the_applications_back_is_found()
    {
        for (var i = 1; i <= 4; i++)
        {
            await CreateCourtAsync($"粤0{i}");
        }

        await ExecuteSqlAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 2");

        Assert.Equal(new AuditChainBreak(3, AuditChainBreakKind.LinkBroken), (await VerifyAsync()).FirstBreak);
    }

    [Fact]
    public async Task Deleting_the_latest_row_is_found()
    {
        for (var i = 1; i <= 3; i++)
        {
            await CreateCourtAsync($"粤0{i}");
        }

        await ExecuteSqlAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 3");

        Assert.Equal(new AuditChainBreak(3, AuditChainBreakKind.EntriesMissingAtEnd), (await VerifyAsync()).FirstBreak);
    }

    [Fact]
    public async Task A_save_that_fails_writes_no_entry_and_the_next_save_links_on()
    {
        await CreateCourtAsync("粤03");

        // The short code is unique: the second court fails, and so must its audit entry.
        await Assert.ThrowsAsync<DbUpdateException>(() => CreateCourtAsync("粤03"));
        await CreateCourtAsync("粤04");

        var report = await VerifyAsync();
        Assert.True(report.IsIntact);
        Assert.Equal(2, report.EntriesChecked);
    }

    [Fact]
    public async Task A_retried_save_in_the_same_context_links_its_entries_afresh()
    {
        await using var db = _database.CreateContext(_admin);
        var first = Court.Create("甲", "粤05", CourtLevel.Intermediate, null);
        var clash = Court.Create("乙", "粤05", CourtLevel.Intermediate, null);
        db.Courts.AddRange(first, clash);
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        db.Entry(clash).State = EntityState.Detached;
        await db.SaveChangesAsync();

        var report = await VerifyAsync();
        Assert.True(report.IsIntact);
        Assert.Equal(1, report.EntriesChecked);
    }

    [Fact]
    public async Task The_application_cannot_edit_or_delete_an_entry()
    {
        await CreateCourtAsync("粤03");

        await using (var db = _database.CreateContext(_admin))
        {
            var entry = await db.AuditEntries.SingleAsync();
            db.Entry(entry).Property(e => e.ActorName).CurrentValue = "someone-else";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var db = _database.CreateContext(_admin))
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        Assert.True((await VerifyAsync()).IsIntact);
        await using var check = _database.CreateContext();
        Assert.Equal("longhua-admin", (await check.AuditEntries.SingleAsync()).ActorName);
    }

    [Fact]
    public async Task A_queued_note_is_written_by_the_next_save()
    {
        await using (var db = _database.CreateContext(_admin))
        {
            db.RecordAudit(new AuditNote("Account.LockedOut", "AppUser", "user-1", null, "LockedOut"));
            await db.SaveChangesAsync();
        }

        await using var check = _database.CreateContext();
        Assert.Equal("Account.LockedOut", (await check.AuditEntries.SingleAsync()).Action);
    }

    [Fact]
    public async Task Saves_at_the_same_moment_still_form_one_unbroken_chain()
    {
        var now = _database.Clock.GetUtcNow();
        var saves = Enumerable.Range(1, 8).Select(async i =>
        {
            await using var db = _database.CreateContext(_admin);
            var prefix = $"52440300MJL0000{i}X";
            db.Organizations.Add(Organization.Register(new OrganizationProfile($"机构{i}", prefix + UnifiedSocialCreditCode.CheckCharacter(prefix),
                LegalForm.SocialGroup, "张三", "李四", "0755-1", "a@example.org", "深圳", ["深圳市"], [Guid.NewGuid()]), now));
            await db.SaveChangesAsync();
        });

        await Task.WhenAll(saves);

        var report = await VerifyAsync();
        Assert.True(report.IsIntact, report.FirstBreak?.ToString());
        Assert.Equal(8, report.EntriesChecked);
    }
}

public sealed class AuditTrailOnSqlite : AuditTrailTests<SqliteFixture>;

public sealed class AuditTrailOnPostgreSql : AuditTrailTests<PostgreSqlFixture>;
