using System.Globalization;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.Inspections.Features;
using Shian.Modules.Inspections.Features.AddChecklistVersion;
using Shian.Modules.Inspections.Features.Amend;
using Shian.Modules.Inspections.Features.BrowseChecklists;
using Shian.Modules.Inspections.Features.DownloadDocument;
using Shian.Modules.Inspections.Features.FillItems;
using Shian.Modules.Inspections.Features.FollowUp;
using Shian.Modules.Inspections.Features.Inspectors;
using Shian.Modules.Inspections.Features.ListInspections;
using Shian.Modules.Inspections.Features.OperatorFile;
using Shian.Modules.Inspections.Features.Photos;
using Shian.Modules.Inspections.Features.Publication;
using Shian.Modules.Inspections.Features.Referrals;
using Shian.Modules.Inspections.Features.SignOff;
using Shian.Modules.Inspections.Features.StartInspection;
using Shian.Modules.Inspections.Features.ViewInspection;
using Shian.Modules.Inspections.Seed;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Modules;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Inspections;

/// <summary>The Inspections module's descriptor (see <see cref="ShianModule"/>).</summary>
public sealed class InspectionsModule : ShianModule
{
    public override string Name => "Inspections";

    public override Type Text => typeof(InspectionsText);

    public override IEnumerable<Permission> Permissions => InspectionsPermissions.All;

    public override IEnumerable<NavEntry> Navigation =>
    [
        new NavEntry("/inspections", typeof(InspectionsText), "NavInspections", InspectionsPermissions.ReadPolicy, 80),
    ];

    public override void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ChecklistQueries>();
        services.AddScoped<AddChecklistVersionHandler>();
        services.AddScoped<ChecklistSeeder>();
        services.AddScoped<InspectorEligibility>();
        services.AddScoped<InspectionDrafts>();
        services.AddScoped<StartInspectionHandler>();
        services.AddScoped<SaveItemHandler>();
        services.AddScoped<AddPhotoHandler>();
        services.AddScoped<SignOffHandler>();
        services.AddScoped<InspectionDocuments>();
        services.AddScoped<AmendHandler>();
        services.AddScoped<ViewInspectionQuery>();
        services.AddScoped<ListInspectionsQuery>();
        services.AddScoped<FollowUpQueries>();
        services.AddScoped<ReferralQueries>();
        services.AddScoped<PublicationQueries>();
        services.AddScoped<DemoInspectionSeeder>();
        services.AddDomainEventHandler<InspectionCompleted, InspectionCompletedHandler>();
        services.AddSingleton(new OperatorFileTab(
            "inspections", InspectionsText.In(CultureInfo.GetCultureInfo("zh-CN"), "TabTitle"),
            InspectionsText.In(CultureInfo.GetCultureInfo("en-US"), "TabTitle"), 20, typeof(InspectionsTab)));
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("inspections", "Inspections");
        var forms = PageForms.Group(app);
        BrowseChecklistsEndpoint.Map(api);
        AddChecklistVersionEndpoint.Map(api);
        ListInspectionsEndpoint.Map(api);
        StartInspectionEndpoint.Map(api, forms);
        ViewInspectionEndpoint.Map(api);
        FillItemsEndpoint.Map(api, forms);
        PhotosEndpoint.Map(api);
        SignOffEndpoint.Map(api, forms);
        AmendEndpoint.Map(api, forms);
        DownloadDocumentEndpoint.Map(api);
        FollowUpEndpoint.Map(api);
        ReferralsEndpoint.Map(api);
        InspectorsEndpoint.Map(api);
        PublicationEndpoint.Map(api);
    }

    /// <summary>Seeds the first checklist version of each sector (idempotent).</summary>
    public override Task SeedReferenceDataAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<ChecklistSeeder>().SeedAsync(ct);

    /// <summary>Sample inspections signed through the real sign-off, so grades, the portal and files have content.</summary>
    public override Task SeedDemoDataAsync(IServiceProvider services, DemoSeed demo, CancellationToken ct) =>
        SeedDemoInspectionsAsync(services, demo.Seed, ct);

    /// <summary>
    /// Signed-off sample inspections for the demo data set (only while there is no inspection at all); returns how
    /// many were signed. Called at start-up when demo data is enabled, after the demo operators are graded.
    /// </summary>
    public static Task<int> SeedDemoInspectionsAsync(IServiceProvider services, int seed, CancellationToken ct) =>
        services.GetRequiredService<DemoInspectionSeeder>().SeedAsync(seed, ct);
}
