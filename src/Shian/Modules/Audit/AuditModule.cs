using Shian.Modules.Audit.Contracts;
using Shian.Modules.Audit.Data;
using Shian.Modules.Audit.Features.BrowseLedger;
using Shian.Modules.Audit.Features.Checkpoints;
using Shian.Modules.Audit.Features.Publication;
using Shian.Modules.Audit.Features.RecordPersonalDataAccess;
using Shian.Modules.Audit.Features.VerifyChain;
using Shian.Modules.Audit.Features.VerifyRows;
using Shian.Modules.Audit.Jobs;
using Shian.Shared.Modules;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Audit;

/// <summary>The Audit module's descriptor (see <see cref="ShianModule"/>).</summary>
public sealed partial class AuditModule : ShianModule
{
    public override string Name => "Audit";

    public override Type Text => typeof(AuditText);

    public override IEnumerable<Permission> Permissions => AuditPermissions.All;

    public override IEnumerable<NavEntry> Navigation =>
    [
        new NavEntry("/audit", typeof(AuditText), "NavAudit", AuditPermissions.BrowsePolicy, 30),
    ];

    public override IEnumerable<Type> Jobs => [typeof(CheckpointJob), typeof(VerifyLedgerJob)];

    public override void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ISaveChangesHook, AuditLedgerHook>();
        builder.Services.AddScoped<IAuditTrail, AuditTrail>();
        builder.Services.AddScoped<LedgerQuery>();
        builder.Services.AddScoped<IPersonalDataAccessLog, PersonalDataAccessLog>();
        builder.Services.AddOptions<CheckpointOptions>().BindConfiguration(CheckpointOptions.SectionName);
        builder.Services.AddSingleton<CheckpointKeys>();
        builder.Services.AddSingleton<CheckpointFile>();
        builder.Services.AddScoped<CheckpointStore>();
        builder.Services.AddScoped<CheckpointWriter>();
        builder.Services.AddScoped<RowVerifier>();
        builder.Services.AddScoped<InclusionProofs>();
        builder.Services.AddSingleton<SealedDays>();
    }

    /// <summary>Says at start-up, not only when the nightly job fails, that checkpoints cannot be signed (and why).</summary>
    public override Task SeedReferenceDataAsync(IServiceProvider services, CancellationToken ct)
    {
        if (services.GetRequiredService<CheckpointKeys>().Problem is { } problem)
        {
            LogCannotSign(services.GetRequiredService<ILogger<AuditModule>>(), problem);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ledger checkpoints cannot be signed, so truncation and re-hashing of the audit chain go unseen: {Problem}")]
    private static partial void LogCannotSign(ILogger logger, string problem);

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("audit", "Audit");
        VerifyChainEndpoint.Map(api);
        BrowseLedgerEndpoint.Map(api);
        VerifyRowEndpoint.Map(api);
        CheckpointEndpoint.Map(api);
        PublishedLedgerEndpoint.Map(api);
    }
}
