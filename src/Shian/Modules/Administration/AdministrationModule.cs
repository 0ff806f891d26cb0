using Microsoft.AspNetCore.Authentication;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Administration.Features;
using Shian.Modules.Administration.Features.Account;
using Shian.Modules.Administration.Features.ApiKeys;
using Shian.Modules.Administration.Features.Calendar;
using Shian.Modules.Administration.Features.Rules;
using Shian.Modules.Administration.Seed;
using Shian.Shared.Modules;
using Shian.Shared.Security;
using Shian.Shared.Ui;
using Shian.Shared.Web;

namespace Shian.Modules.Administration;

/// <summary>The Administration module's descriptor (see <see cref="ShianModule"/>).</summary>
public sealed class AdministrationModule : ShianModule
{
    public override string Name => "Administration";

    public override Type Text => typeof(AdministrationText);

    public override IEnumerable<Permission> Permissions => AdministrationPermissions.All;

    public override IEnumerable<NavEntry> Navigation =>
    [
        new NavEntry("/administration", typeof(UiText), "NavAdministration", "Administration.Calendar", 40),
    ];

    public override void AddServices(IHostApplicationBuilder builder)
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
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("administration", "Administration");
        JurisdictionsEndpoint.Map(api);
        CalendarEndpoints.Map(api);
        RulesEndpoints.Map(api);
        Features.Jobs.JobsEndpoints.Map(api);
        ApiKeysEndpoints.Map(api);
        AccountEndpoints.Map(app);
        LogoutEndpoint.Map(app);
    }

    /// <summary>Seeds the reference data every deployment needs (idempotent).</summary>
    public override Task SeedReferenceDataAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<ReferenceDataSeeder>().SeedAsync(ct);
}
