using CourtProcurement.Application.Contracts;
using CourtProcurement.Application.Tests.Infrastructure;
using CourtProcurement.Application.Tests.Procurement;
using CourtProcurement.Domain.Common;
using CourtProcurement.Domain.Contracts;
using CourtProcurement.Domain.Organizations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CourtProcurement.Application.Tests.Contracts;

/// <summary>From an award to a framework agreement two courts call work off, each seeing only its own work orders, and the releases it publishes.</summary>
public abstract class ContractTests<TFixture>(TFixture database) : IClassFixture<TFixture>
    where TFixture : DatabaseFixture
{
    private static readonly IDataProtectionProvider Keys = new EphemeralDataProtectionProvider();

    private static async Task<string> RefusalAsync(Func<Task> action) => (await Assert.ThrowsAsync<DomainException>(action)).ResourceKey;

    private DateOnly Today => ChinaTime.Today(database.Clock.GetUtcNow());

    private async Task<(ProcurementWorld World, Guid NeedId)> AwardedAsync()
    {
        var world = await ProcurementWorld.CreateAsync(database, Keys, 3);
        return (world, await world.AwardedNeedAsync());
    }

    [Fact]
    public async Task A_framework_agreement_runs_from_award_to_termination_and_each_court_handles_only_its_own_work_orders()
    {
        var (world, needId) = await AwardedAsync();
        ContractTerms Terms(decimal unitPrice) => new(unitPrice, Today, Today.AddDays(200), IsFramework: true);
        ContractManagement Manage(IServiceProvider s) => s.GetRequiredService<ContractManagement>();

        Assert.Equal("Readiness.ChallengeWindowOpen", await RefusalAsync(() => world.AsAsync(world.LonghuaAdmin, s => Manage(s).DraftAsync(needId, Terms(44m)))));
        database.Clock.Advance(TimeSpan.FromDays(30));
        // 88,000 over 2,000 documents is 44.00 a document at most.
        Assert.Equal("Contract.UnitPriceAboveAward", await RefusalAsync(() => world.AsAsync(world.LonghuaAdmin, s => Manage(s).DraftAsync(needId, Terms(44.01m)))));
        Assert.Equal(44m, (await world.AsAsync(world.LonghuaAdmin, s => Manage(s).ProposedTermsAsync(needId))).UnitPrice);
        Assert.Equal("Common.NotFound", await RefusalAsync(() => world.AsAsync(world.FutianAdmin, s => Manage(s).DraftAsync(needId, Terms(44m)))));
        var contractId = await world.AsAsync(world.LonghuaAdmin, s => Manage(s).DraftAsync(needId, Terms(44m)));
        Assert.Equal("Contract.AlreadyDrawn", await RefusalAsync(() => world.AsAsync(world.LonghuaAdmin, s => Manage(s).DraftAsync(needId, Terms(44m)))));

        // Only the winner signs; a pending contract takes no work and is not public.
        Assert.Equal("Common.NotFound", await RefusalAsync(() => world.AsAsync(world.Organization(0), s => Manage(s).SignAsync(contractId))));
        Assert.Null(await world.AsAsync(world.Platform, s => s.GetRequiredService<PublicContracts>().ContractAsync(contractId)));
        var request = new WorkOrderRequest("(2026)粤0309民初1234号", "送达起诉状副本", 100, Today.AddDays(10));
        Assert.Equal("WorkOrder.ContractNotActive", await RefusalAsync(() => world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<WorkOrders>().IssueAsync(contractId, request))));
        await world.AsAsync(world.Organization(2), s => Manage(s).SignAsync(contractId));

        // Futian sees nothing until it joins; then it calls off its own work.
        Assert.Null(await world.AsAsync(world.FutianAdmin, s => s.GetRequiredService<ContractQueries>().CourtContractAsync(contractId)));
        Assert.Equal("Common.NotFound", await RefusalAsync(() => world.AsAsync(world.FutianAdmin, s => s.GetRequiredService<WorkOrders>().IssueAsync(contractId, request))));
        Assert.Equal("Common.NotFound", await RefusalAsync(() => world.AsAsync(world.FutianAdmin, s => Manage(s).AddMemberAsync(contractId, world.Futian))));
        await world.AsAsync(world.LonghuaAdmin, s => Manage(s).AddMemberAsync(contractId, world.Futian));
        var futianOrder = await world.AsAsync(world.FutianAdmin, s => s.GetRequiredService<WorkOrders>().IssueAsync(contractId, request with { CaseNumber = "(2026)粤0304民初77号" }));
        var longhuaOrder = await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<WorkOrders>().IssueAsync(contractId, request));
        var leftOpen = await world.AsAsync(world.FutianAdmin, s => s.GetRequiredService<WorkOrders>().IssueAsync(contractId, request with { CaseNumber = "(2026)粤0304民初78号", Quantity = 5 }));
        Assert.Equal("WorkOrder.QuantityAboveContract", await RefusalAsync(() => world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<WorkOrders>().IssueAsync(contractId, request with { Quantity = 1796 }))));
        Assert.Equal("WorkOrder.CaseNumberInvalid", await RefusalAsync(() => world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<WorkOrders>().IssueAsync(contractId, request with { CaseNumber = "1234" }))));

        var longhuaView = await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<ContractQueries>().CourtContractAsync(contractId));
        var futianView = await world.AsAsync(world.FutianAdmin, s => s.GetRequiredService<ContractQueries>().CourtContractAsync(contractId));
        var supplierView = await world.AsAsync(world.Organization(2), s => s.GetRequiredService<ContractQueries>().SupplierContractAsync(contractId));
        Assert.Equal([longhuaOrder], longhuaView!.WorkOrders.Select(w => w.Id));
        Assert.Equal(new HashSet<Guid> { futianOrder, leftOpen }, futianView!.WorkOrders.Select(w => w.Id).ToHashSet());
        Assert.False(futianView.IsBuyer);
        Assert.Equal(3, supplierView!.WorkOrders.Count);
        Assert.Null(await world.AsAsync(world.Organization(0), s => s.GetRequiredService<ContractQueries>().SupplierContractAsync(contractId)));

        // A member court manages neither the contract nor the buyer's work orders.
        Assert.Equal("Common.NotFound", await RefusalAsync(() => world.AsAsync(world.FutianAdmin, s => Manage(s).SuspendAsync(contractId, "x"))));
        Assert.Equal("Common.NotFound", await RefusalAsync(() => world.AsAsync(world.FutianAdmin, s => s.GetRequiredService<WorkOrders>().CancelAsync(longhuaOrder, "x"))));
        Assert.Equal("Common.NotFound", await RefusalAsync(() => world.AsAsync(world.Organization(0), s => s.GetRequiredService<WorkOrders>().AcceptAsync(futianOrder))));

        await world.AsAsync(world.Organization(2), s => s.GetRequiredService<WorkOrders>().AcceptAsync(futianOrder));
        Assert.Equal("WorkOrder.NoteRequired", await RefusalAsync(() => world.AsAsync(world.Organization(2), s => s.GetRequiredService<WorkOrders>().DeliverAsync(futianOrder, " "))));
        await world.AsAsync(world.Organization(2), s => s.GetRequiredService<WorkOrders>().DeliverAsync(futianOrder, "已送达"));
        await world.AsAsync(world.FutianAdmin, s => s.GetRequiredService<WorkOrders>().VerifyAsync(futianOrder));
        Assert.Equal("Contract.OpenWorkOrders", await RefusalAsync(() => world.AsAsync(world.LonghuaAdmin, s => Manage(s).CompleteAsync(contractId))));
        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<WorkOrders>().CancelAsync(longhuaOrder, "案件已撤诉"));
        await world.AsAsync(world.LonghuaAdmin, s => Manage(s).TerminateAsync(contractId, "服务需求调整，双方协商一致解除。"));

        // Ending the contract cancels the work not yet done and closes the supplier's hands (the member court's notice: ContractFlowTests).
        Assert.Equal("WorkOrder.ContractClosed", await RefusalAsync(() => world.AsAsync(world.Organization(2), s => s.GetRequiredService<WorkOrders>().AcceptAsync(leftOpen))));
        await using (var check = database.CreateContext())
        {
            Assert.Equal(WorkOrderStatus.Cancelled, await check.WorkOrders.Where(w => w.Id == leftOpen).Select(w => w.Status).SingleAsync());
        }

        var summary = await world.AsAsync(world.Platform, s => s.GetRequiredService<PublicContracts>().ContractAsync(contractId));
        Assert.Equal((ContractStatus.Terminated, 4_400m), (summary!.Status, summary.VerifiedAmount));
        Assert.Single(summary.Members);

        await using var db = database.CreateContext();
        var releases = await db.OcdsReleases.Where(r => r.NeedId == needId).OrderBy(r => r.Date).ThenBy(r => r.Id).ToListAsync();
        Assert.Equal(["contract", "contractUpdate", "implementation", "contractTermination"], releases.Select(r => r.Tags).Where(t => t.StartsWith("contract", StringComparison.Ordinal) || t == "implementation"));
        Assert.All(releases, r => Assert.DoesNotContain("民初", r.Content, StringComparison.Ordinal));
        var last = System.Text.Json.Nodes.JsonNode.Parse(releases[^1].Content)!["contracts"]![0]!;
        Assert.Equal("terminated", last["status"]!.GetValue<string>());
        Assert.Equal(4_400m, last["implementation"]!["transactions"]![0]!["value"]!["amount"]!.GetValue<decimal>());
        Assert.Equal("notMet", last["implementation"]!["milestones"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_suspended_organization_receives_no_new_work_order_anywhere_and_a_suspended_contract_takes_none()
    {
        var (world, needId) = await AwardedAsync();
        database.Clock.Advance(TimeSpan.FromDays(30));
        var contractId = await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<ContractManagement>().DraftAsync(needId, new ContractTerms(40m, Today, Today.AddDays(90), false)));
        await world.AsAsync(world.Organization(2), s => s.GetRequiredService<ContractManagement>().SignAsync(contractId));
        var request = new WorkOrderRequest("(2026)粤0309民初1号", "送达", 10, Today.AddDays(5));

        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<ContractManagement>().SuspendAsync(contractId, "整改期间暂停"));
        Assert.Equal("WorkOrder.ContractNotActive", await RefusalAsync(() => world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<WorkOrders>().IssueAsync(contractId, request))));
        await world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<ContractManagement>().ResumeAsync(contractId));
        Assert.Equal("WorkOrder.DueDateOutsidePeriod", await RefusalAsync(() => world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<WorkOrders>().IssueAsync(contractId, request with { DueDate = Today.AddDays(91) }))));
        Assert.Equal("Contract.NotFramework", await RefusalAsync(() => world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<ContractManagement>().AddMemberAsync(contractId, world.Futian))));

        await using (var db = database.CreateContext())
        {
            var supplier = world.Organizations[2];
            await db.Organizations.Where(o => o.Id == supplier).ExecuteUpdateAsync(o => o.SetProperty(x => x.Status, OrganizationStatus.Suspended));
        }

        Assert.Equal("WorkOrder.OrganizationSuspended", await RefusalAsync(() => world.AsAsync(world.LonghuaAdmin, s => s.GetRequiredService<WorkOrders>().IssueAsync(contractId, request))));
    }
}

public sealed class ContractsOnSqlite(SqliteFixture database) : ContractTests<SqliteFixture>(database);

public sealed class ContractsOnPostgreSql(PostgreSqlFixture database) : ContractTests<PostgreSqlFixture>(database);
