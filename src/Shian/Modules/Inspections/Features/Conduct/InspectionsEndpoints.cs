using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Inspections.Features.Checklists;
using Shian.Shared.Kernel;
using Shian.Shared.Modules;
using Shian.Shared.Storage;
using Shian.Shared.Web;

namespace Shian.Modules.Inspections.Features.Conduct;

/// <summary>The module's JSON API: everything the pages do.</summary>
internal static class InspectionsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var read = InspectionsPermissions.Read.Name;
        var conduct = InspectionsPermissions.Conduct.Name;

        api.MapGet("/checklists", async (ChecklistCatalog c, CancellationToken ct) => TypedResults.Ok(await c.ListAsync(ct)))
            .WithName("Inspections.Checklists").WithSummary("Every checklist (检查要点表) version, newest first per sector.").RequireAuthorization(read);
        api.MapGet("/checklists/{id:guid}", GetChecklistAsync)
            .WithName("Inspections.Checklist").WithSummary("One checklist version with its items.").RequireAuthorization(read);
        api.MapPost("/checklists", AddChecklistAsync)
            .WithName("Inspections.AddChecklist").WithSummary("Add a new checklist version (items + effective date). Past inspections keep their items. Administrator.")
            .RequireAuthorization(InspectionsPermissions.ManageChecklists.Name);

        api.MapGet("/", (InspectionQueries q, string? status, Guid? operatorId, int? page, int? pageSize, CancellationToken ct) =>
                q.ListAsync(status, operatorId, new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultPageSize), ct))
            .WithName("Inspections.List").WithSummary("Inspections of the caller's scope (status Draft/Signed, operatorId), newest first, paged.")
            .RequireAuthorization(read);
        api.MapPost("/", CreateAsync)
            .WithName("Inspections.Create").WithSummary("Start an inspection (draft) with at least the rule's number of inspectors covering the premises. Inspector in scope.")
            .RequireAuthorization(conduct);
        api.MapGet("/{id:guid}", GetAsync)
            .WithName("Inspections.Get").WithSummary("An inspection with its items, photos, follow-up and amendments.").RequireAuthorization(read);
        api.MapPut("/{id:guid}/items/{itemId:guid}", SaveItemAsync)
            .WithName("Inspections.SaveItem").WithSummary("Record one item's finding (draft only). One of the inspection's inspectors.")
            .RequireAuthorization(conduct);
        api.MapPost("/{id:guid}/items/{itemId:guid}/photos", AddPhotoAsync)
            .WithName("Inspections.AddPhoto")
            .WithSummary("Attach a photo to an item: the request body is the image itself (Content-Type image/jpeg, image/png or image/webp), ≤10 MB, checked by content.")
            .AcceptsUploads(UploadRules.Photo).RequireAuthorization(conduct);
        api.MapGet("/{id:guid}/photos/{sha256}", GetPhotoAsync)
            .WithName("Inspections.Photo").WithSummary("A photo of an inspection the caller may read; never public.").RequireAuthorization(read);
        api.MapPost("/{id:guid}/sign", SignAsync)
            .WithName("Inspections.Sign").WithSummary("Sign off: result derived, documents issued, follow-up opened, InspectionCompleted raised; the record becomes immutable.")
            .RequireAuthorization(conduct);
        api.MapPost("/{id:guid}/amendments", AmendAsync)
            .WithName("Inspections.Amend").WithSummary("Correct a signed inspection: a new linked draft with the same facts.").RequireAuthorization(conduct);
        api.MapGet("/{id:guid}/documents/{kind}", GetDocumentAsync)
            .WithName("Inspections.Document").WithSummary("PDF of a signed inspection: kind record (现场检查笔录) or result (检查结果记录表).")
            .RequireAuthorization(read);
        api.MapGet("/overdue", async (InspectionQueries q, CancellationToken ct) => TypedResults.Ok(await q.OverdueAsync(ct)))
            .WithName("Inspections.Overdue").WithSummary("Open re-inspection tasks whose rectification deadline has passed, in the caller's scope.")
            .RequireAuthorization(read);
        api.MapGet("/tasks", async (InspectionQueries q, CancellationToken ct) => TypedResults.Ok(await q.OpenTasksAsync(ct)))
            .WithName("Inspections.Tasks").WithSummary("Open re-inspection tasks of the caller's scope, earliest due first.").RequireAuthorization(read);
        api.MapGet("/referrals", async (InspectionQueries q, CancellationToken ct) => TypedResults.Ok(await q.ReferralsAsync(ct)))
            .WithName("Inspections.Referrals").WithSummary("Penalty referrals proposed by 不符合 results (pending until the Penalties module takes them).")
            .RequireAuthorization(read);
        api.MapGet("/inspectors", async (InspectorEligibility e, string town, CancellationToken ct) => TypedResults.Ok(await e.ForTownAsync(town, ct)))
            .WithName("Inspections.Inspectors").WithSummary("Inspectors whose jurisdiction covers a town (9-digit code).").RequireAuthorization(conduct);

        api.MapGet("/public/{id:guid}", GetPublicAsync)
            .WithName("Inspections.Public").WithSummary("A published result (no personal data). Anyone; rate-limited.")
            .AnonymousByDesign("inspection results are published (令第49号 第三十九条); no personal data").RequireRateLimiting(RateLimits.Anonymous);
        api.MapGet("/public/operators/{operatorId:guid}", async (Guid operatorId, InspectionQueries q, CancellationToken ct) =>
                TypedResults.Ok(await q.PublicForOperatorAsync(operatorId, ct)))
            .WithName("Inspections.PublicByOperator").WithSummary("An operator's published results (no personal data). Anyone; rate-limited.")
            .AnonymousByDesign("an operator's published inspection results; no personal data").RequireRateLimiting(RateLimits.Anonymous);
    }

    private static async Task<Results<Ok<ChecklistView>, ProblemHttpResult>> GetChecklistAsync(Guid id, ChecklistCatalog c, CancellationToken ct) =>
        await c.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : Problems.NotFound(InspectionsErrors.ChecklistNotFound, "未找到该检查要点表。");

    private static async Task<Created<ChecklistView>> AddChecklistAsync(NewChecklistVersionRequest request, ChecklistCatalog c, CancellationToken ct)
    {
        var view = await c.AddVersionAsync(request, ct);
        return TypedResults.Created($"/api/v1/inspections/checklists/{view.Id}", view);
    }

    private static async Task<Created<InspectionView>> CreateAsync(
        CreateInspectionRequest request, InspectionService service, InspectionQueries q, CancellationToken ct)
    {
        var id = await service.CreateAsync(request, ct);
        return TypedResults.Created($"/api/v1/inspections/{id}", (await q.GetAsync(id, ct))!);
    }

    private static async Task<Results<Ok<InspectionView>, ProblemHttpResult>> GetAsync(Guid id, InspectionQueries q, CancellationToken ct) =>
        await q.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : Problems.NotFound(InspectionsErrors.NotFound, "未找到该检查记录，或您无权查看。");

    private static async Task<Ok<InspectionView>> SaveItemAsync(
        Guid id, Guid itemId, SaveItemRequest request, InspectionService service, InspectionQueries q, CancellationToken ct)
    {
        await service.SaveItemAsync(id, itemId, request, ct);
        return TypedResults.Ok((await q.GetAsync(id, ct))!);
    }

    private static async Task<Created<StoredFileRef>> AddPhotoAsync(Guid id, Guid itemId, HttpRequest request, InspectionService service, CancellationToken ct)
    {
        var file = await service.AddPhotoAsync(id, itemId, request.Body, ct);
        return TypedResults.Created($"/api/v1/inspections/{id}/photos/{file.Sha256}", file);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetPhotoAsync(
        Guid id, string sha256, InspectionQueries q, IFileStore files, CancellationToken ct)
    {
        if (sha256.Length != 64 || !await q.PhotoVisibleAsync(id, sha256, ct) || await files.FindAsync(sha256, ct) is not { } found)
        {
            return Problems.NotFound(InspectionsErrors.PhotoNotFound, "未找到该照片，或您无权查看。");
        }

        return TypedResults.File(found.Content, found.File.ContentType);
    }

    private static async Task<Ok<InspectionView>> SignAsync(
        Guid id, SignOffRequest request, SignOffService service, InspectionQueries q, CancellationToken ct)
    {
        await service.SignAsync(id, request, ct);
        return TypedResults.Ok((await q.GetAsync(id, ct))!);
    }

    private static async Task<Created<InspectionView>> AmendAsync(
        Guid id, AmendRequest request, InspectionService service, InspectionQueries q, CancellationToken ct)
    {
        var amendment = await service.AmendAsync(id, request, ct);
        return TypedResults.Created($"/api/v1/inspections/{amendment}", (await q.GetAsync(amendment, ct))!);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetDocumentAsync(
        Guid id, string kind, InspectionQueries q, IDocumentIssuer documents, CancellationToken ct)
    {
        if (await q.DocumentIdAsync(id, kind, ct) is { } documentId && await documents.GetPdfAsync(documentId, ct) is { } pdf)
        {
            return TypedResults.File(pdf, "application/pdf", $"{kind}-{id}.pdf");
        }

        return Problems.NotFound(InspectionsErrors.DocumentNotFound, "该检查尚未签署或文书不存在。");
    }

    private static async Task<Results<Ok<PublicInspectionView>, ProblemHttpResult>> GetPublicAsync(Guid id, InspectionQueries q, CancellationToken ct) =>
        await q.PublicAsync(id, ct) is { } view ? TypedResults.Ok(view) : Problems.NotFound(InspectionsErrors.NotFound, "未找到已公示的检查结果。");
}
