using System.Reflection;
using CourtProcurement.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CourtProcurement.Application.Data;

/// <summary>
/// The one place where tenants are kept apart: every entity that implements <see cref="ICourtOwned"/> or
/// <see cref="IOrganizationOwned"/> gets a named query filter that narrows it to the current user's court
/// or organization. Stepping past it is done only by named, shared queries with
/// <c>IgnoreQueryFilters([TenantQueryFilters.Name])</c> (docs/decisions/0004-tenant-isolation.md).
/// </summary>
public static class TenantQueryFilters
{
    public const string Name = "Tenant";

    private static readonly MethodInfo CourtFilter = typeof(TenantQueryFilters).GetMethod(nameof(ApplyCourtFilter), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo OrganizationFilter = typeof(TenantQueryFilters).GetMethod(nameof(ApplyOrganizationFilter), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo SharedFilter = typeof(TenantQueryFilters).GetMethod(nameof(ApplySharedFilter), BindingFlags.NonPublic | BindingFlags.Static)!;

    internal static void Apply(ModelBuilder builder, AppDbContext context)
    {
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => t.BaseType is null).Select(t => t.ClrType).ToList())
        {
            var courtOwned = typeof(ICourtOwned).IsAssignableFrom(entityType);
            var organizationOwned = typeof(IOrganizationOwned).IsAssignableFrom(entityType);
            if (courtOwned && organizationOwned)
            {
                SharedFilter.MakeGenericMethod(entityType).Invoke(null, [builder, context]);
            }
            else if (courtOwned)
            {
                CourtFilter.MakeGenericMethod(entityType).Invoke(null, [builder, context]);
            }
            else if (organizationOwned)
            {
                OrganizationFilter.MakeGenericMethod(entityType).Invoke(null, [builder, context]);
            }
        }
    }

    private static void ApplyCourtFilter<T>(ModelBuilder builder, AppDbContext context)
        where T : class, ICourtOwned
        => builder.Entity<T>().HasQueryFilter(Name, e => context.SeesAllTenants || e.CourtId == context.CurrentCourtId);

    /// <summary>A record between a court and an organization (a contract, a work order): both sides see it.</summary>
    private static void ApplySharedFilter<T>(ModelBuilder builder, AppDbContext context)
        where T : class, ICourtOwned, IOrganizationOwned
        => builder.Entity<T>().HasQueryFilter(Name, e => context.SeesAllTenants
            || (context.CurrentCourtId != null && e.CourtId == context.CurrentCourtId)
            || (context.CurrentOrganizationId != null && e.OrganizationId == context.CurrentOrganizationId));

    private static void ApplyOrganizationFilter<T>(ModelBuilder builder, AppDbContext context)
        where T : class, IOrganizationOwned
        => builder.Entity<T>().HasQueryFilter(Name, e => context.SeesAllTenants || e.OrganizationId == context.CurrentOrganizationId);
}
