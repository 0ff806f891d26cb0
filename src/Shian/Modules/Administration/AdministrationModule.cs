using Microsoft.AspNetCore.Authentication;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Administration.Features.AddRuleVersion;
using Shian.Modules.Administration.Features.ApiKeyAuthentication;
using Shian.Modules.Administration.Features.ChangePassword;
using Shian.Modules.Administration.Features.CreateApiKey;
using Shian.Modules.Administration.Features.EnterpriseAccounts;
using Shian.Modules.Administration.Features.Jurisdictions;
using Shian.Modules.Administration.Features.ListApiKeys;
using Shian.Modules.Administration.Features.ListCalendar;
using Shian.Modules.Administration.Features.ListJobs;
using Shian.Modules.Administration.Features.ListRules;
using Shian.Modules.Administration.Features.Me;
using Shian.Modules.Administration.Features.RevokeApiKey;
using Shian.Modules.Administration.Features.RulesInForce;
using Shian.Modules.Administration.Features.RunJob;
using Shian.Modules.Administration.Features.SetCalendarDay;
using Shian.Modules.Administration.Features.SignIn;
using Shian.Modules.Administration.Features.SignOut;
using Shian.Modules.Administration.Features.WorkingDays;
using Shian.Modules.Administration.Seed;
using Shian.Shared.Kernel;
using Shian.Shared.Modules;
using Shian.Shared.Security;
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
        new NavEntry("/administration", typeof(AdministrationText), "NavAdministration", AdministrationPermissions.CalendarPolicy, 40),
    ];

    public override void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        // The enterprise accounts' refusals (account.*) are this module's: their messages are in AdministrationText.
        Messages.Register("account", typeof(AdministrationText));
        services.AddSingleton<IJurisdictionDirectory, JurisdictionDirectory>();
        services.AddSingleton<IWorkingDayCalendar, WorkingDayCalendar>();
        services.AddScoped<IRuleBook, RuleBook>();
        services.AddScoped<CalendarYear>();
        services.AddScoped<CalendarDays>();
        services.AddScoped<Deadlines>();
        services.AddScoped<RuleList>();
        services.AddScoped<RuleVersions>();
        services.AddScoped<ApiKeyList>();
        services.AddScoped<ApiKeyCreation>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<ApiScopes>();
        services.AddScoped<ApiKeyRevocation>();
        services.AddScoped<IEnterpriseAccounts, EnterpriseAccounts>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthenticationSchemes.ApiKey, null);
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("administration", "Administration");
        JurisdictionsEndpoint.Map(api);
        ListCalendarEndpoint.Map(api);
        DeadlineEndpoint.Map(api);
        SetCalendarDayEndpoint.Map(api);
        ListRulesEndpoint.Map(api);
        AddRuleVersionEndpoint.Map(api);
        ListJobsEndpoint.Map(api);
        RunJobEndpoint.Map(api);
        ListApiKeysEndpoint.Map(api);
        CreateApiKeyEndpoint.Map(api);
        RevokeApiKeyEndpoint.Map(api);

        // Sign-in for scripts and tests, and the caller's own account (people use the /account pages).
        var account = app.MapGroup("/api/v1/account").WithTags("Account").AddEndpointFilterFactory(DataAnnotationsValidationFilter.Factory);
        SignInEndpoint.Map(account);
        SignOutEndpoint.Map(account);
        MeEndpoint.Map(account);
        ChangePasswordEndpoint.Map(account);
        SignOutFormEndpoint.Map(app);
    }

    /// <summary>Seeds the reference data every deployment needs (idempotent).</summary>
    public override Task SeedReferenceDataAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<ReferenceDataSeeder>().SeedAsync(ct);
}
