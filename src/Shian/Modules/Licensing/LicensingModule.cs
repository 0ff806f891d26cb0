using System.Globalization;
using Shian.Modules.Licensing.Contracts;
using Shian.Modules.Licensing.Features.ApplicationFile;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Modules.Licensing.Features.Checks;
using Shian.Modules.Licensing.Features.Decide;
using Shian.Modules.Licensing.Features.Filing;
using Shian.Modules.Licensing.Features.Grant;
using Shian.Modules.Licensing.Features.LicenceTab;
using Shian.Modules.Licensing.Features.Lifecycle;
using Shian.Modules.Licensing.Features.Materials;
using Shian.Modules.Licensing.Features.Production;
using Shian.Modules.Licensing.Features.ReviewQueue;
using Shian.Modules.Licensing.Features.Revocation;
using Shian.Modules.Licensing.Features.SiteVerifications;
using Shian.Modules.Licensing.Features.Verify;
using Shian.Modules.Licensing.Jobs;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Modules;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing;

/// <summary>The Licensing module's descriptor (see <see cref="ShianModule"/>).</summary>
public sealed class LicensingModule : ShianModule
{
    public override string Name => "Licensing";

    public override Type Text => typeof(LicensingText);

    public override IEnumerable<Permission> Permissions => LicensingPermissions.All;

    public override IEnumerable<Type> Jobs => [typeof(LicenceExpiryJob)];

    public override IEnumerable<NavEntry> Navigation =>
    [
        new NavEntry("/licensing/my", typeof(LicensingText), "NavApply", LicensingPermissions.ApplyPolicy, 120) { Visible = user => user.IsInRole(Roles.EnterpriseUser) },
        new NavEntry("/licensing/review", typeof(LicensingText), "NavReview", LicensingPermissions.ReviewPolicy, 130),
        new NavEntry("/licensing/checks", typeof(LicensingText), "NavChecks", LicensingPermissions.ChecksPolicy, 140),
    ];

    public override void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<LicenceApplications>();
        services.AddScoped<LicenceIssuer>();
        services.AddScoped<NumberSequence>();
        services.AddScoped<LicenceCertificates>();
        services.AddScoped<LicenceGrant>();
        services.AddScoped<LicenceMaterials>();
        services.AddScoped<DecisionClock>();
        services.AddScoped<ReviewQueueQuery>();
        services.AddScoped<ApplicationFileQuery>();
        services.AddScoped<ApplicationsUnderReview>();
        services.AddScoped<ReviewDecisions>();
        services.AddScoped<SiteVerificationOrders>();
        services.AddScoped<LicenceChecks>();
        services.AddScoped<LicenceVerification>();
        services.AddScoped<LifecycleApplications>();
        services.AddScoped<LifecycleEffects>();
        services.AddScoped<Filings>();
        services.AddScoped<ProductionApplications>();
        services.AddScoped<ProductionIssuer>();
        services.AddScoped<LicenceRevocations>();
        services.AddScoped<OperatorLicensing>();
        services.AddScoped<ILicenceDirectory>(sp => sp.GetRequiredService<OperatorLicensing>());
        services.AddSingleton(new OperatorFileTab(
            "licensing", LicensingText.In(CultureInfo.GetCultureInfo("zh-CN"), "licensing.operator_tab"),
            LicensingText.In(CultureInfo.GetCultureInfo("en"), "licensing.operator_tab"), 10, typeof(OperatorLicenceTab)));
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("licensing", "Licensing");
        ApplyEndpoint.Map(api);
        MaterialsEndpoint.Map(api);
        ReviewQueueEndpoint.Map(api);
        ApplicationFileEndpoint.Map(api);
        DecideEndpoint.Map(api);
        SiteVerificationEndpoint.Map(api);
        ChecksEndpoint.Map(api);
        LicenceTabEndpoint.Map(api);
        VerifyEndpoint.Map(api);
        LifecycleEndpoint.Map(api);
        FilingEndpoint.Map(api);
        ProductionEndpoint.Map(api);
        RevocationEndpoint.Map(api);
    }
}
