using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Documents.Features;
using Shian.Modules.Documents.Features.Rendering;
using Shian.Modules.Documents.Features.Verify;
using Shian.Shared.Web;

namespace Shian.Modules.Documents;

public static class DocumentsModule
{
    public static IHostApplicationBuilder AddDocuments(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DocumentsOptions>().BindConfiguration(DocumentsOptions.SectionName);
        services.AddSingleton(sp => new PdfRenderer(sp.GetRequiredService<IOptions<DocumentsOptions>>().Value));
        services.AddScoped<IDocumentIssuer, DocumentIssuer>();
        services.AddScoped<DocumentVerification>();
        services.Configure<AuthorizationOptions>(o => Array.ForEach(DocumentsPermissions.All, p => p.Register(o)));
        return builder;
    }

    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        DocumentsEndpoints.Map(app.MapModuleApi("documents", "Documents"));
        return app;
    }
}
