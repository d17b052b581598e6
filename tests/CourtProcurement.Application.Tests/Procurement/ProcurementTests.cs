using System.Data.Common;
using System.Text;
using CourtProcurement.Application.Auditing;
using CourtProcurement.Application.Procurement;
using CourtProcurement.Application.Tests.Infrastructure;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Procurement;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CourtProcurement.Application.Tests.Procurement;

public abstract class ProcurementTests<TFixture>(TFixture database) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    // One key ring for the class: the scheduler test opens other tests' needs too, as it would in production.
    private static readonly IDataProtectionProvider Keys = new EphemeralDataProtectionProvider();

    private Task<ProcurementWorld> WorldAsync(int organizations = 3) => ProcurementWorld.CreateAsync(database, Keys, organizations);

    private async Task<DateTimeOffset> DeadlineAsync(Guid needId)
    {
        await using var db = database.CreateContext();
        return await db.ServiceNeeds.Where(n => n.Id == needId).Select(n => n.BidDeadline).SingleAsync();
    }

    /// <summary>Every column of the need's bid rows, read with plain SQL as a database dump would (other tests' bids left out).</summary>
    private async Task<string> RawBidRowAsync(Guid needId)
    {
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM \"Bids\"";
        await using var reader = await command.ExecuteReaderAsync();
        var dump = new StringBuilder();
        var needColumn = reader.GetOrdinal("NeedId");
        while (await reader.ReadAsync())
        {
            // SQLite keeps the GUID as upper-case text, PostgreSQL as a uuid: compare their text without case.
            if (!string.Equals(Convert.ToString(reader.GetValue(needColumn), System.Globalization.CultureInfo.InvariantCulture), needId.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (var i = 0; i < reader.FieldCount; i++)
            {
                dump.Append(reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
            }

            dump.AppendLine();
        }

        return dump.ToString();
    }

    [Fact]
    public async Task Before_the_opening_neither_the_database_nor_the_file_store_holds_the_price_proposal_or_document()
    {
        var world = await WorldAsync();
        var needId = await world.PublishedNeedAsync();
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7 SECRET-TECHNICAL-PROPOSAL-4711");
        await world.AsAsync(world.Organization(0), async s =>
        {
            var bidding = s.GetRequiredService<Bidding>();
            await bidding.SaveAsync(needId, new BidOffer(87_654.32m, "独特的服务方案ZX9"));
            await bidding.AttachAsync(needId, "方案.pdf", new MemoryStream(pdf));
            await bidding.SubmitAsync(needId);
            // The organization itself reads its own bid back.
            var own = await bidding.OwnBidAsync(needId);
            Assert.Equal((87_654.32m, "独特的服务方案ZX9", BidStatus.Submitted), (own!.Price, own.Proposal, own.Status));
        });

        // Markers that no ciphertext can hold by chance: base64 has neither Chinese characters nor a '.', and
        // the other numeric columns (timestamps) are integers. (A three-letter marker once appeared in one.)
        var dump = await RawBidRowAsync(needId);
        Assert.DoesNotContain("87654.32", dump.Replace(",", ".", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("独特的服务方案", dump, StringComparison.Ordinal);
        await using (var db = database.CreateContext())
        {
            var document = await db.Bids.Where(b => b.NeedId == needId).SelectMany(b => b.Documents).SingleAsync();
            await using var stored = world.Files.OpenRead(document.FileKey);
            using var bytes = new MemoryStream();
            await stored.CopyToAsync(bytes);
            Assert.DoesNotContain("SECRET", Encoding.ASCII.GetString(bytes.ToArray()), StringComparison.Ordinal);
        }

        database.Clock.SetUtcNow(await DeadlineAsync(needId));
        Assert.True(await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<BidOpening>().ConfirmAsync(needId)));
        Assert.Contains("87654.32", (await RawBidRowAsync(needId)).Replace(",", ".", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Court_and_platform_administrators_see_nothing_of_a_bid_before_the_deadline_and_only_the_count_until_the_opening()
    {
        var world = await WorldAsync();
        var needId = await world.PublishedNeedAsync();
        await world.BidAsync(needId, 0, 90_000m, "方案甲");
        await world.BidAsync(needId, 1, 95_000m, "方案乙");
        Guid documentId = Guid.NewGuid();
        List<string> bidIds;
        await using (var db = database.CreateContext())
        {
            bidIds = [.. (await db.Bids.Where(b => b.NeedId == needId).Select(b => b.Id).ToListAsync()).Select(id => id.ToString("D"))];
        }

        foreach (var official in new[] { world.LonghuaAdmin, world.Platform })
        {
            await world.AsAsync(official, async s =>
            {
                var page = await s.GetRequiredService<ProcurementQueries>().CourtNeedAsync(needId);
                Assert.Equal(((int?)null, 0), (page!.Bids.SubmittedCount, page.Bids.Opened.Count));
                Assert.Null(await s.GetRequiredService<BidDocuments>().OpenAsync(needId, Guid.Parse(bidIds[0]), documentId));
                var trail = await s.GetRequiredService<AuditTrailQueries>().LatestAsync(1, null);
                Assert.DoesNotContain(trail.Items, e => bidIds.Contains(e.EntityId));
                Assert.Empty((await s.GetRequiredService<AuditTrailQueries>().LatestAsync(1, bidIds[0])).Items);
                Assert.Empty(await s.GetRequiredService<ProcurementQueries>().HistoryAsync(page.Need).ContinueWith(t => t.Result.Where(e => e.EntityType == "Bid").ToList(), TaskScheduler.Default));
            });
        }

        database.Clock.SetUtcNow(await DeadlineAsync(needId));
        await world.AsAsync(world.LonghuaAdmin, async s =>
        {
            var page = await s.GetRequiredService<ProcurementQueries>().CourtNeedAsync(needId);
            Assert.Equal((2, 0), (page!.Bids.SubmittedCount, page.Bids.Opened.Count));
        });
    }

    [Fact]
    public async Task Fifty_bids_in_the_last_second_are_all_stored_once_and_one_a_moment_late_is_refused()
    {
        var world = await WorldAsync(51);
        var needId = await world.PublishedNeedAsync();
        var deadline = await DeadlineAsync(needId);
        database.Clock.SetUtcNow(deadline.AddSeconds(-1));

        // Each organization saves and submits, all at once; five of them press the button twice.
        var attempts = Enumerable.Range(0, 50).Concat(Enumerable.Range(0, 5)).Select(async i =>
        {
            try
            {
                await world.BidAsync(needId, i, 80_000m + i);
                return true;
            }
            catch (DomainException refusal) when (refusal.ResourceKey is "Common.ConcurrentChange" or "Bid.AlreadySubmitted" or "Bid.WithdrawToChange")
            {
                return false;
            }
        });
        var results = await Task.WhenAll(attempts);
        Assert.True(results.Count(r => r) >= 50);

        await using (var db = database.CreateContext())
        {
            var bids = await db.Bids.Where(b => b.NeedId == needId).ToListAsync();
            Assert.Equal(50, bids.Count);
            Assert.All(bids, b => Assert.Equal(BidStatus.Submitted, b.Status));
            Assert.Equal(50, bids.Select(b => b.OrganizationId).Distinct().Count());
        }

        database.Clock.SetUtcNow(deadline.AddMilliseconds(1));
        var late = await Assert.ThrowsAsync<DomainException>(() => world.BidAsync(needId, 50, 70_000m));
        Assert.Equal("Bid.DeadlinePassed", late.ResourceKey);
    }

    [Fact]
    public async Task Another_organization_and_another_court_find_nothing_of_a_bid_or_a_need_not_theirs()
    {
        var world = await WorldAsync();
        var needId = await world.PublishedNeedAsync();
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7 A");
        await world.AsAsync(world.Organization(0), async s =>
        {
            await s.GetRequiredService<Bidding>().SaveAsync(needId, new BidOffer(90_000m, "A的方案"));
            await s.GetRequiredService<Bidding>().AttachAsync(needId, "a.pdf", new MemoryStream(pdf));
        });
        Guid bidA, documentA;
        await using (var db = database.CreateContext())
        {
            var bid = await db.Bids.Include(b => b.Documents).SingleAsync(b => b.NeedId == needId);
            (bidA, documentA) = (bid.Id, bid.Documents.Single().Id);
        }

        await world.AsAsync(world.Organization(1), async s =>
        {
            Assert.Null(await s.GetRequiredService<Bidding>().OwnBidAsync(needId));
            Assert.Null(await s.GetRequiredService<BidDocuments>().OpenAsync(needId, bidA, documentA));
            await using var db = database.CreateContext(world.Organization(1));
            Assert.False(await db.Bids.AnyAsync(b => b.Id == bidA));
            // B's own bid is a separate row; A's stays as it was.
            await s.GetRequiredService<Bidding>().SaveAsync(needId, new BidOffer(91_000m, "B的方案"));
        });
        await world.AsAsync(world.Organization(0), async s => Assert.Equal("A的方案", (await s.GetRequiredService<Bidding>().OwnBidAsync(needId))!.Proposal));

        await world.AsAsync(world.FutianAdmin, async s =>
        {
            Assert.Null(await s.GetRequiredService<ProcurementQueries>().CourtNeedAsync(needId));
            Assert.Equal("Common.NotFound", (await Assert.ThrowsAsync<DomainException>(() => s.GetRequiredService<ServiceNeeds>().CancelAsync(needId, "福田撤销"))).ResourceKey);
            database.Clock.SetUtcNow(await DeadlineAsync(needId));
            Assert.Equal("Common.NotFound", (await Assert.ThrowsAsync<DomainException>(() => s.GetRequiredService<BidOpening>().ConfirmAsync(needId))).ResourceKey);
            Assert.Null(await s.GetRequiredService<BidDocuments>().OpenAsync(needId, bidA, documentA));
        });
    }

    [Fact]
    public async Task An_open_tender_runs_from_notice_to_award_with_a_dual_opening_panel_scores_and_each_bidders_result()
    {
        var world = await WorldAsync();
        var needId = await world.PublishedNeedAsync(dual: true);
        await world.BidAsync(needId, 0, 80_000m);
        await world.BidAsync(needId, 1, 100_000m);
        await world.BidAsync(needId, 2, 96_000m);
        database.Clock.SetUtcNow(await DeadlineAsync(needId));

        Assert.False(await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<BidOpening>().ConfirmAsync(needId)));
        Assert.Equal("Opening.SecondOfficialRequired", (await Assert.ThrowsAsync<DomainException>(() => world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<BidOpening>().ConfirmAsync(needId)))).ResourceKey);
        Assert.True(await world.AsAsync(world.LonghuaOfficial, s => s.GetRequiredService<BidOpening>().ConfirmAsync(needId)));

        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<Evaluation>().AppointPanelAsync(needId, [.. world.Judges.Select(j => j.UserId!)]));
        List<Bid> bids;
        await using (var db = database.CreateContext())
        {
            bids = await db.Bids.Where(b => b.NeedId == needId).OrderBy(b => b.Price).ToListAsync();
        }

        foreach (var judge in world.Judges)
        {
            await world.AsAsync(judge, s => s.GetRequiredService<Evaluation>().DeclareNoConflictAsync(needId));
        }

        foreach (var bid in bids)
        {
            await world.AsAsync(world.Judges[0], s => s.GetRequiredService<Evaluation>().CheckQualificationAsync(needId, bid.Id, passes: true, null));
        }

        // Members' technical totals: 80,000 → 51; 96,000 → 60; 100,000 → 65 (split over the two criteria).
        IReadOnlyCollection<ScoreEntry> Sheet(decimal adjust) =>
        [
            new(bids[0].Id, 0, 30 + adjust), new(bids[0].Id, 1, 21),
            new(bids[1].Id, 0, 35), new(bids[1].Id, 1, 25),
            new(bids[2].Id, 0, 40), new(bids[2].Id, 1, 25 - adjust),
        ];

        // Two members submit at the same moment: neither loses the other's scores.
        await Task.WhenAll(
            world.AsAsync(world.Judges[0], s => s.GetRequiredService<Evaluation>().ScoreAsync(needId, Sheet(0), submit: true)),
            world.AsAsync(world.Judges[1], s => s.GetRequiredService<Evaluation>().ScoreAsync(needId, Sheet(0), submit: true)));
        await world.AsAsync(world.Judges[2], async s =>
        {
            var (own, all) = await s.GetRequiredService<ProcurementQueries>().SheetsAsync(needId);
            Assert.Null(own);
            Assert.Empty(all);
            await s.GetRequiredService<Evaluation>().ScoreAsync(needId, Sheet(0), submit: true);
        });
        await using (var db = database.CreateContext())
        {
            Assert.Equal(3, await db.ScoreSheets.CountAsync(s => s.NeedId == needId && s.SubmittedAt != null));
        }

        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<Evaluation>().CompleteAsync(needId));
        await using (var db = database.CreateContext())
        {
            var ranked = await db.Bids.Where(b => b.NeedId == needId).OrderBy(b => b.Rank).Select(b => new { b.Price, b.TotalScore }).ToListAsync();
            Assert.Equal([(100_000m, 89.00m), (96_000m, 85.00m), (80_000m, 81.00m)], ranked.Select(r => (r.Price!.Value, r.TotalScore!.Value)));
        }

        var winner = bids.Single(b => b.Price == 100_000m).Id;
        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<Evaluation>().AwardAsync(needId, winner, null));
        await world.AsAsync(world.Organization(0), async s =>
        {
            var own = await s.GetRequiredService<Bidding>().OwnBidAsync(needId);
            Assert.Equal((BidStatus.Lost, 3, 81.00m), (own!.Status, own.Rank, own.TotalScore));
        });

        await world.AsAsync(world.LonghuaAdmin, async s =>
        {
            var queries = s.GetRequiredService<ProcurementQueries>();
            var page = await queries.CourtNeedAsync(needId);
            Assert.Equal((NeedStatus.Awarded, "Readiness.ChallengeWindowOpen"), (page!.Need.Status, page.ContractBlocker));
            var history = (await queries.HistoryAsync(page.Need)).Select(e => e.Action).ToList();
            foreach (var action in ExpectedHistory)
            {
                Assert.Contains(action, history);
            }
        });

        // Each public state change published its OCDS release in the same save; the draft published none.
        await using var releases = database.CreateContext();
        Assert.Equal(["planning,tender", "tenderUpdate", "award"],
            await releases.OcdsReleases.Where(r => r.NeedId == needId).OrderBy(r => r.Date).ThenBy(r => r.Id).Select(r => r.Tags).ToListAsync());
    }

    private static readonly string[] ExpectedHistory = ["Need.Drafted", "Need.Published", "Need.OpeningConfirmed", "Need.Opened", "Need.PanelAppointed", "Need.NoConflictDeclared", "Bid.Submitted", "Bid.Opened", "Bid.Qualified", "ScoreSheet.Submitted", "Bid.Scored", "Need.Evaluated", "Need.Awarded", "Bid.Won", "Bid.Lost"];

    [Fact]
    public async Task A_challenge_upheld_reopens_the_evaluation_and_a_complaint_goes_to_the_platform_which_may_suspend()
    {
        var world = await WorldAsync();
        var needId = await world.PublishedNeedAsync(evaluation: EvaluationMethod.LowestPrice);
        for (var i = 0; i < 3; i++)
        {
            await world.BidAsync(needId, i, 90_000m - (i * 1000));
        }

        database.Clock.SetUtcNow(await DeadlineAsync(needId));
        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<BidOpening>().ConfirmAsync(needId));
        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<Evaluation>().AppointPanelAsync(needId, [.. world.Judges.Select(j => j.UserId!)]));
        foreach (var judge in world.Judges)
        {
            await world.AsAsync(judge, s => s.GetRequiredService<Evaluation>().DeclareNoConflictAsync(needId));
        }

        await using (var db = database.CreateContext())
        {
            foreach (var bid in await db.Bids.Where(b => b.NeedId == needId).ToListAsync())
            {
                await world.AsAsync(world.Judges[0], s => s.GetRequiredService<Evaluation>().CheckQualificationAsync(needId, bid.Id, true, null));
            }
        }

        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<Evaluation>().CompleteAsync(needId));
        Guid lowest;
        await using (var db = database.CreateContext())
        {
            lowest = await db.Bids.Where(b => b.NeedId == needId && b.Rank == 1).Select(b => b.Id).SingleAsync();
        }

        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<Evaluation>().AwardAsync(needId, lowest, null));
        var challengeId = await world.AsAsync(world.Organization(0), s => s.GetRequiredService<Challenges>().FileAsync(needId, "中标人资格存疑", null, null));
        // Futian cannot answer Longhua's challenge.
        Assert.Equal("Common.NotFound", (await Assert.ThrowsAsync<DomainException>(() => world.AsAsync(world.FutianAdmin,
            s => s.GetRequiredService<Challenges>().AnswerAsync(challengeId, false, null, "x")))).ResourceKey);
        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<Challenges>().AnswerAsync(challengeId, false, null, "经核查，中标人资格符合要求。"));

        await world.AsAsync(world.Organization(0), s => s.GetRequiredService<Challenges>().ComplainAsync(challengeId, "对答复不服"));
        await world.AsAsync(world.Platform, s => s.GetRequiredService<Challenges>().SetSuspensionAsync(needId, true, "投诉处理期间暂停"));
        await world.AsAsync(world.Platform, async s =>
        {
            var complaints = await s.GetRequiredService<ProcurementQueries>().ComplaintsAsync();
            Assert.Contains(complaints, c => c.Id == challengeId && c.ComplaintStatus == ComplaintStatus.Lodged);
            await s.GetRequiredService<Challenges>().DecideComplaintAsync(challengeId, ComplaintStatus.Accepted, "投诉成立，责令重新评审");
            await s.GetRequiredService<Challenges>().SetSuspensionAsync(needId, false, null);
        });

        var second = await world.AsAsync(world.Organization(1), s => s.GetRequiredService<Challenges>().FileAsync(needId, "评审有误", null, null));
        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<Challenges>().AnswerAsync(second, true, ChallengeRemedy.ReopenEvaluation, "质疑成立，重新评审。"));
        await using (var db = database.CreateContext())
        {
            var need = await db.ServiceNeeds.SingleAsync(n => n.Id == needId);
            Assert.Equal((NeedStatus.Opened, (Guid?)null), (need.Status, need.AwardedBidId));
            Assert.All(await db.Bids.Where(b => b.NeedId == needId).ToListAsync(), b => Assert.Equal((BidStatus.Qualified, (int?)null), (b.Status, b.Rank)));
        }
    }
    [Fact]
    public async Task The_scheduler_opens_what_is_due_once_and_leaves_two_official_openings_to_the_officials()
    {
        var world = await WorldAsync();
        var single = await world.PublishedNeedAsync();
        var dual = await world.PublishedNeedAsync(dual: true);
        await world.BidAsync(single, 0, 90_000m);
        database.Clock.SetUtcNow((await DeadlineAsync(single)).AddMinutes(1));

        var opened = await world.AsAsync(SystemActorUser, s => s.GetRequiredService<BidOpening>().OpenDueAsync());
        Assert.True(opened >= 1);
        Assert.Equal(0, await world.AsAsync(SystemActorUser, s => s.GetRequiredService<BidOpening>().OpenDueAsync()));
        await using var db = database.CreateContext();
        var statuses = await db.ServiceNeeds.Where(n => n.Id == single || n.Id == dual).ToDictionaryAsync(n => n.Id, n => n.Status);
        // One bid is too few for an open tender: opened, then failed (流标); the two-official need waits.
        Assert.Equal((NeedStatus.Failed, NeedStatus.Published), (statuses[single], statuses[dual]));
        Assert.Equal(90_000m, await db.Bids.Where(b => b.NeedId == single).Select(b => b.Price).SingleAsync());
    }

    [Fact]
    public async Task A_round_of_final_offers_replaces_the_prices_only_when_it_closes_and_never_with_a_higher_one()
    {
        var world = await WorldAsync();
        var deadline = database.Clock.GetUtcNow().AddDays(10);
        var needId = await world.AsAsync(world.LonghuaAdmin, async s =>
        {
            var terms = ProcurementWorld.Terms(deadline);
            var negotiation = new NeedTerms(terms.Title, terms.Description, terms.Quantity, terms.BudgetCeiling, null, terms.ServiceStart, terms.ServiceEnd, terms.Place,
                ProcurementMethod.CompetitiveNegotiation, EvaluationMethod.LowestPrice, 0, [], null, deadline, deadline, false, false, null, []);
            var id = await s.GetRequiredService<ServiceNeeds>().DraftAsync(world.ItemId, negotiation);
            await s.GetRequiredService<ServiceNeeds>().PublishAsync(id);
            return id;
        });
        for (var i = 0; i < 3; i++)
        {
            await world.BidAsync(needId, i, 90_000m + (i * 1000));
        }

        database.Clock.SetUtcNow(deadline);
        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<BidOpening>().ConfirmAsync(needId));
        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<Evaluation>().AppointPanelAsync(needId, [world.Judges[0].UserId!]));
        await world.AsAsync(world.Judges[0], s => s.GetRequiredService<Evaluation>().DeclareNoConflictAsync(needId));
        await using (var db = database.CreateContext())
        {
            foreach (var bid in await db.Bids.Where(b => b.NeedId == needId).ToListAsync())
            {
                await world.AsAsync(world.Judges[0], s => s.GetRequiredService<Evaluation>().CheckQualificationAsync(needId, bid.Id, true, null));
            }
        }

        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<Evaluation>().RequestFinalOffersAsync(needId, deadline.AddHours(2)));
        var higher = await Assert.ThrowsAsync<DomainException>(() => world.AsAsync(world.Organization(2), s => s.GetRequiredService<Bidding>().SubmitFinalOfferAsync(needId, 95_000m)));
        Assert.Equal("FinalOffer.NotAbovePrevious", higher.ResourceKey);
        await world.AsAsync(world.Organization(2), s => s.GetRequiredService<Bidding>().SubmitFinalOfferAsync(needId, 85_000m));
        Assert.Equal("FinalOffer.RoundStillOpen", (await Assert.ThrowsAsync<DomainException>(() => world.AsAsync(world.LonghuaAdmin,
            s => s.GetRequiredService<Evaluation>().CloseFinalOfferRoundAsync(needId)))).ResourceKey);
        Assert.DoesNotContain("85000", await RawBidRowAsync(needId), StringComparison.Ordinal);

        database.Clock.SetUtcNow(deadline.AddHours(2));
        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<Evaluation>().CloseFinalOfferRoundAsync(needId));
        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<Evaluation>().CompleteAsync(needId));
        await using var check = database.CreateContext();
        var first = await check.Bids.Where(b => b.NeedId == needId && b.Rank == 1).SingleAsync();
        Assert.Equal((world.Organizations[2], 85_000m), (first.OrganizationId, first.Price!.Value));
    }

    [Fact]
    public async Task After_the_opening_contents_go_to_declared_panel_members_of_that_need_and_everyone_else_sees_only_the_opening_record()
    {
        var world = await WorldAsync(4);
        var needId = await world.PublishedNeedAsync();
        var otherNeed = await world.PublishedNeedAsync();
        await world.AsAsync(world.Organization(0), async s =>
        {
            await s.GetRequiredService<Bidding>().SaveAsync(needId, new BidOffer(90_000m, "甲的方案"));
            await s.GetRequiredService<Bidding>().AttachAsync(needId, "a.pdf", new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.7 A")));
            await s.GetRequiredService<Bidding>().SubmitAsync(needId);
        });
        await world.BidAsync(needId, 1, 91_000m, "乙的方案");
        await world.BidAsync(needId, 2, 92_000m, "丙的方案");
        var (bidId, documentId) = await Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            var bid = await db.Bids.Include(b => b.Documents).SingleAsync(b => b.NeedId == needId && b.Documents.Count > 0);
            return (bid.Id, bid.Documents.Single().Id);
        });
        database.Clock.SetUtcNow(await DeadlineAsync(needId));
        await world.AsAsync(world.LonghuaOfficial, s => s.GetRequiredService<BidOpening>().ConfirmAsync(needId));
        await world.AsAsync(world.LonghuaOfficial, s => s.GetRequiredService<Evaluation>().AppointPanelAsync(needId, [world.LonghuaAdmin.UserId!, world.Judges[0].UserId!, world.Judges[1].UserId!]));

        // An administrator on the panel who has not declared sees the opening record, not the contents.
        await world.AsAsync(world.LonghuaAdmin, async s =>
        {
            var page = await s.GetRequiredService<ProcurementQueries>().CourtNeedAsync(needId);
            Assert.Equal(3, page!.Bids.Opened.Count);
            Assert.All(page.Bids.Opened, b => Assert.Null(b.Proposal));
            Assert.Null(await s.GetRequiredService<BidDocuments>().OpenAsync(needId, bidId, documentId));
            await s.GetRequiredService<Evaluation>().DeclareNoConflictAsync(needId);
        });
        await world.AsAsync(world.LonghuaAdmin, async s =>
        {
            Assert.Contains((await s.GetRequiredService<ProcurementQueries>().CourtNeedAsync(needId))!.Bids.Opened, b => b.Proposal == "甲的方案");
            Assert.NotNull(await s.GetRequiredService<BidDocuments>().OpenAsync(needId, bidId, documentId));
            // The same document asked for under another need is not found.
            Assert.Null(await s.GetRequiredService<BidDocuments>().OpenAsync(otherNeed, bidId, documentId));
        });

        // The opening record (names and prices) is public; another's proposal and documents are not.
        await world.AsAsync(world.Organization(1), async s =>
        {
            var notice = await s.GetRequiredService<ProcurementQueries>().NoticeAsync(needId);
            Assert.Equal(3, notice!.Bids.Opened.Count);
            Assert.Null(notice.Bids.Opened.Single(b => b.OrganizationId == world.Organizations[0]).Proposal);
            Assert.Null(await s.GetRequiredService<BidDocuments>().OpenAsync(needId, bidId, documentId));
        });
        await world.AsAsync(world.Organization(3), async s => Assert.All((await s.GetRequiredService<ProcurementQueries>().NoticeAsync(needId))!.Bids.Opened,
            b => Assert.Equal(((string?)null, 0, (decimal?)null), (b.Proposal, b.Documents.Count, b.TotalScore))));
    }

    [Fact]
    public async Task A_submission_in_time_that_commits_just_after_the_opening_is_opened_by_the_sweep()
    {
        var world = await WorldAsync(4);
        var needId = await world.PublishedNeedAsync();
        for (var i = 0; i < 3; i++)
        {
            await world.BidAsync(needId, i, 90_000m + i);
        }

        var deadline = await DeadlineAsync(needId);
        database.Clock.SetUtcNow(deadline);
        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<BidOpening>().ConfirmAsync(needId));

        // The fourth organization's request read the clock a moment before the deadline; its save lands now.
        await world.AsAsync(world.Organization(3), async s =>
        {
            var late = Bid.Start(needId, world.Longhua, world.Organizations[3], s.GetRequiredService<BidSeal>().Seal(needId, new BidOffer(88_000m, null)), deadline.AddTicks(-2), deadline);
            late.Submit(deadline.AddTicks(-1), deadline, false);
            await using var db = database.CreateContext(world.Organization(3));
            db.Bids.Add(late);
            await db.SaveChangesAsync();
        });

        Assert.Equal(1, await world.AsAsync(SystemActorUser, s => s.GetRequiredService<BidOpening>().SweepAsync()));
        await using var check = database.CreateContext();
        Assert.Equal(88_000m, await check.Bids.Where(b => b.OrganizationId == world.Organizations[3]).Select(b => b.Price).SingleAsync());
        Assert.Equal(0, await world.AsAsync(SystemActorUser, s => s.GetRequiredService<BidOpening>().SweepAsync()));
    }

    private static readonly CourtProcurement.Application.Tenancy.ICurrentUser SystemActorUser = CourtProcurement.Application.Tenancy.SystemActor.Instance;
}

public sealed class ProcurementOnSqlite(SqliteFixture database) : ProcurementTests<SqliteFixture>(database);

public sealed class ProcurementOnPostgreSql(PostgreSqlFixture database) : ProcurementTests<PostgreSqlFixture>(database);
