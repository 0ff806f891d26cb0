using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Administration.Features;
using Shian.Modules.Administration.Features.Account;
using Shian.Modules.Administration.Features.ApiKeys;
using Shian.Modules.Administration.Features.Calendar;
using Shian.Modules.Administration.Features.Rules;
using Shian.Modules.Administration.Seed;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Administration;

public static class AdministrationModule
{
    public static IHostApplicationBuilder AddAdministration(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IJurisdictionDirectory, JurisdictionDirectory>();
        services.AddSingleton<IWorkingDayCalendar, WorkingDayCalendar>();
        services.AddScoped<IRuleBook, RuleBook>();
        services.AddScoped<CalendarAdmin>();
        services.AddScoped<RuleAdmin>();
        services.AddScoped<ApiKeyAdmin>();
        services.AddScoped<IEnterpriseAccounts, Features.EnterpriseAccounts.EnterpriseAccounts>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthenticationSchemes.ApiKey, null);
        services.Configure<AuthorizationOptions>(o => Array.ForEach(AdministrationPermissions.All, p => p.Register(o)));
        return builder;
    }

    public static IEndpointRouteBuilder MapAdministration(this IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("administration", "Administration");
        JurisdictionsEndpoint.Map(api);
        CalendarEndpoints.Map(api);
        RulesEndpoints.Map(api);
        Features.Jobs.JobsEndpoints.Map(api);
        ApiKeysEndpoints.Map(api);
        AccountEndpoints.Map(app);
        LogoutEndpoint.Map(app);
        return app;
    }

    /// <summary>Seeds the reference data every deployment needs (idempotent).</summary>
    public static Task SeedReferenceDataAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<ReferenceDataSeeder>().SeedAsync(ct);
}
