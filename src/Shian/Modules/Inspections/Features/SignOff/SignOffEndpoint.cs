using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Inspections.Features.ViewInspection;
using Shian.Shared.Web;

namespace Shian.Modules.Inspections.Features.SignOff;

internal static class SignOffEndpoint
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder forms)
    {
        api.MapPost("/{id:guid}/sign", SignAsync)
            .WithName("Inspections.Sign")
            .WithSummary("Sign off: result derived, documents issued, follow-up opened, InspectionCompleted raised; the record becomes immutable.")
            .Refuses(400, InspectionsErrors.RectificationRequired, InspectionsErrors.AcknowledgementRequired)
            .Refuses(403, InspectionsErrors.NotAssigned).Refuses(404, InspectionsErrors.NotFound)
            .Refuses(409, InspectionsErrors.SignedImmutable).Refuses(422, InspectionsErrors.ItemsIncomplete)
            .RequireAuthorization(InspectionsPermissions.ConductPolicy);
        forms.MapPost("/{id:guid}/sign/form", FormAsync).WithName("Inspections.SignForm").RequireAuthorization(InspectionsPermissions.ConductPolicy);
    }

    private static async Task<Ok<InspectionView>> SignAsync(
        Guid id, SignOffRequest request, SignOffHandler handler, ViewInspectionQuery q, CancellationToken ct)
    {
        await handler.HandleAsync(id, request, ct);
        return TypedResults.Ok((await q.GetAsync(id, ct))!);
    }

    private static async Task<RedirectHttpResult> FormAsync(Guid id, HttpRequest http, SignOffHandler handler, CancellationToken ct)
    {
        var form = await http.ReadFormAsync(ct);
        var request = new SignOffRequest
        {
            Measures = form["measures"],
            RectificationWorkingDays = int.TryParse(form["rectificationWorkingDays"], out var days) ? days : null,
            AcknowledgedBy = form["acknowledgedBy"],
            RefusedToSign = form["refusedToSign"] == "true",
            RefusalReason = form["refusalReason"],
        };
        if (request.RectificationWorkingDays is < 1 or > 90 || request.Measures?.Length > 2000 ||
            request.AcknowledgedBy?.Length > 50 || request.RefusalReason?.Length > 500)
        {
            return PageForms.Back($"/inspections/{id}#sign", InspectionsText.Get("FormSignInvalid"));
        }

        return await PageForms.TryAsync($"/inspections/{id}#sign", async () =>
        {
            await handler.HandleAsync(id, request, ct);
            return $"/inspections/{id}?signed=1";
        });
    }
}
