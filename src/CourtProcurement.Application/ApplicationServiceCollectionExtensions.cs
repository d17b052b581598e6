using CourtProcurement.Application.Auditing;
using CourtProcurement.Application.Authorization;
using CourtProcurement.Application.Catalogue;
using CourtProcurement.Application.Courts;
using CourtProcurement.Application.Notifications;
using CourtProcurement.Application.Organizations;
using CourtProcurement.Application.Seeding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CourtProcurement.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>Use cases, queries and authorization handlers. The database and Identity are added by the host.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddAuthorization(Policies.Configure);
        services.AddSingleton<IAuthorizationHandler, CourtAuthorizationHandler>();

        services.AddScoped<AuditChainVerification>();
        services.AddScoped<AuditTrailQueries>();
        services.AddScoped<CourtQueries>();
        services.AddScoped<CourtAdministration>();
        services.AddScoped<OrganizationQueries>();
        services.AddScoped<OrganizationRegistration>();
        services.AddScoped<QualificationDocuments>();
        services.AddScoped<ExpiringQualificationsJob>();
        services.AddScoped<People.People>();

        services.AddScoped<Calendar.PlatformCalendar>();
        services.AddScoped<CatalogueService>();
        services.AddScoped<CatalogueQueries>();

        services.AddScoped<Procurement.BidSeal>();
        services.AddScoped<Procurement.ServiceNeeds>();
        services.AddScoped<Procurement.ProcurementQueries>();
        services.AddScoped<Procurement.PublicNotices>();
        services.AddScoped<OpenData.OcdsPublishing>();
        services.AddScoped<Procurement.Bidding>();
        services.AddScoped<Procurement.BidDocuments>();
        services.AddScoped<Procurement.BidOpening>();
        services.AddScoped<Procurement.Evaluation>();
        services.AddScoped<Procurement.Challenges>();
        services.AddScoped<Contracts.ContractManagement>();
        services.AddScoped<Contracts.ContractQueries>();
        services.AddScoped<Contracts.PublicContracts>();
        services.AddScoped<Contracts.WorkOrders>();

        services.AddScoped<Notifier>();
        services.AddScoped<Inbox>();

        services.AddScoped<RoleSeeder>();
        services.AddScoped<CatalogueSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoProcurement>();
        services.AddScoped<DemoContracts>();
        services.AddScoped<PlatformAdministratorSetup>();
        return services;
    }
}
