using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing.Features.Materials;

internal static class MaterialsEndpoint
{
    /// <summary>A little above the largest material (20 MB), for the multipart framing and the other fields.</summary>
    private const long MaxRequestBytes = 21 * 1024 * 1024;

    public static void Map(RouteGroupBuilder api)
    {
        // Multipart from API clients and scripts: the auth cookie is SameSite=Strict, so a cross-site form cannot
        // post it, and API keys are not cookies; the page form has its own antiforgery token.
        api.MapPost("/materials", UploadAsync).WithName("Licensing.UploadMaterial").DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxRequestBytes))
            .WithSummary("Upload one file of the materials checklist (multipart: material, file, operatorId for staff). PDF/JPEG/PNG up to 20 MB, checked by content.")
            .RequireAuthorization(LicensingPermissions.ApplyPolicy);
        api.MapGet("/materials/{id:guid}/file", DownloadAsync).WithName("Licensing.MaterialFile")
            .WithSummary("Download an uploaded material. Staff in scope; enterprise user for its own operator.")
            .RequireAuthorization(LicensingPermissions.ReadPolicy);
    }

    private static async Task<Created<MaterialView>> UploadAsync(HttpRequest request, LicenceMaterials materials, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw FileRequired();
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && e is not BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                                  && !request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // A broken multipart body (bad boundary, truncated part) is the client's error, never a 500. A body over
            // the limit goes on to the exception handler, which answers 413 files.too_large.
            throw ShianException.WithStatus(400, ErrorCodes.MalformedBody);
        }

        var file = form.Files.GetFile("file") ?? throw FileRequired();
        Guid? operatorId = null;
        if (form.TryGetValue("operatorId", out var raw) && !string.IsNullOrWhiteSpace(raw))
        {
            operatorId = Guid.TryParse(raw, out var parsed)
                ? parsed
                : throw ShianException.Invalid(LicensingErrors.OperatorRequired, "operatorId");
        }

        await using var content = file.OpenReadStream();
        var view = await materials.UploadAsync(operatorId, form["material"].ToString(), file.FileName, content, ct);
        return TypedResults.Created($"/api/v1/licensing/materials/{view.Id}/file", view);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(Guid id, LicenceMaterials materials, CancellationToken ct) =>
        await materials.DownloadAsync(id, ct) is { } found
            ? TypedResults.File(found.Content, found.Material.ContentType, found.Material.FileName)
            : Problems.NotFound(LicensingErrors.MaterialNotFound, Messages.Get("licensing.material_download_not_found"));

    private static ShianException FileRequired() => ShianException.Invalid(LicensingErrors.MaterialFileRequired, "file");
}
