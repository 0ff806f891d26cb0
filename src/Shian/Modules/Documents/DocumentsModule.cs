using Microsoft.Extensions.Options;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Documents.Features.Download;
using Shian.Modules.Documents.Features.Issue;
using Shian.Modules.Documents.Features.Rendering;
using Shian.Modules.Documents.Features.Verify;
using Shian.Shared.Modules;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Documents;

/// <summary>The Documents module's descriptor (see <see cref="ShianModule"/>).</summary>
public sealed class DocumentsModule : ShianModule
{
    public override string Name => "Documents";

    public override Type Text => typeof(DocumentsText);

    public override IEnumerable<Permission> Permissions => DocumentsPermissions.All;

    public override void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DocumentsOptions>().BindConfiguration(DocumentsOptions.SectionName);
        services.AddSingleton(sp => new PdfRenderer(sp.GetRequiredService<IOptions<DocumentsOptions>>().Value));
        services.AddScoped<IDocumentIssuer, DocumentIssuer>();
        services.AddScoped<DocumentVerification>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("documents", "Documents");
        VerifyDocumentEndpoint.Map(api);
        DownloadPdfEndpoint.Map(api);
    }
}
