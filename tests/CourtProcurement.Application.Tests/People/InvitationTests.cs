using CourtProcurement.Application.Seeding;
using CourtProcurement.Application.Tests.Infrastructure;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Courts;
using CourtProcurement.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeopleService = CourtProcurement.Application.People.People;

namespace CourtProcurement.Application.Tests.People;

public abstract class InvitationTests<TFixture> : IAsyncLifetime
    where TFixture : DatabaseFixture, new()
{
    private readonly TFixture _database = new();
    private Guid _court;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await ApplicationServices.RunAsync(_database, null, s => s.GetRequiredService<RoleSeeder>().SeedAsync().ContinueWith(_ => 0, TaskScheduler.Default));
        await using var db = _database.CreateContext();
        var court = Court.Create("深圳市龙华区人民法院", "粤0309", CourtLevel.Basic, null);
        db.Courts.Add(court);
        await db.SaveChangesAsync();
        _court = court.Id;
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private Task<T> WithPeopleAsync<T>(Func<PeopleService, Task<T>> work)
        => ApplicationServices.RunAsync(_database, new TestUser("longhua-admin", CourtId: _court), s => work(s.GetRequiredService<PeopleService>()));

    [Fact]
    public async Task Two_clicks_on_one_link_at_the_same_moment_create_one_account()
    {
        var invitation = await WithPeopleAsync(p => p.InviteToCourtAsync(_court, "zhao@szcourts.example", "赵法官", CourtInvitation.JudgeRole));

        var attempts = await Task.WhenAll(Enumerable.Range(1, 2).Select(i => WithPeopleAsync(async p =>
        {
            try
            {
                return (await p.AcceptAsync(invitation.Token, $"zhao-{i}", "Zhao#Judge2026")).User is not null;
            }
            catch (DomainException)
            {
                return false;
            }
        })));

        Assert.Equal(1, attempts.Count(created => created));
        await using var db = _database.CreateContext();
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == "zhao@szcourts.example"));
    }

    [Fact]
    public async Task An_expired_or_revoked_link_creates_nothing()
    {
        var expiring = await WithPeopleAsync(p => p.InviteToCourtAsync(_court, "late@szcourts.example", "迟到", CourtInvitation.JudgeRole));
        var revoked = await WithPeopleAsync(p => p.InviteToCourtAsync(_court, "gone@szcourts.example", "撤销", CourtInvitation.JudgeRole));
        await WithPeopleAsync(async p => { await p.RevokeCourtInvitationAsync(_court, revoked.Id); return 0; });
        _database.Clock.Advance(Invitation.ValidFor + TimeSpan.FromMinutes(1));

        foreach (var token in new[] { expiring.Token, revoked.Token })
        {
            var refusal = await Assert.ThrowsAsync<DomainException>(() => WithPeopleAsync(p => p.AcceptAsync(token, "someone", "Strong#Pass2026")));
            Assert.Equal("Invitation.NotUsable", refusal.ResourceKey);
        }

        await using var db = _database.CreateContext();
        Assert.False(await db.Users.AnyAsync());
    }

    [Fact]
    public async Task Only_the_tokens_hash_is_stored()
    {
        var invitation = await WithPeopleAsync(p => p.InviteToCourtAsync(_court, "hash@szcourts.example", "哈希", CourtInvitation.JudgeRole));
        await using var db = _database.CreateContext();
        var stored = await db.Set<CourtInvitation>().SingleAsync();
        Assert.NotEqual(invitation.Token, stored.TokenHash);
        Assert.DoesNotContain(invitation.Token, stored.TokenHash, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{64}$", stored.TokenHash);
    }
}

public sealed class InvitationsOnSqlite : InvitationTests<SqliteFixture>;

public sealed class InvitationsOnPostgreSql : InvitationTests<PostgreSqlFixture>;
