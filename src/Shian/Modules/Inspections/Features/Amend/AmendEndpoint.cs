using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Inspections.Features.ViewInspection;
using Shian.Shared.Web;

namespace Shian.Modules.Inspections.Features.Amend;

internal static class AmendEndpoint
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder forms)
    {
        api.MapPost("/{id:guid}/amendments", AmendAsync)
            .WithName("Inspections.Amend").WithSummary("Correct a signed inspection: a new linked draft with the same facts.")
            .Refuses(403, InspectionsErrors.NotAssigned).Refuses(404, InspectionsErrors.NotFound).Refuses(409, InspectionsErrors.NotSigned)
            .RequireAuthorization(InspectionsPermissions.ConductPolicy);
        forms.MapPost("/{id:guid}/amend/form", FormAsync).WithName("Inspections.AmendForm").RequireAuthorization(InspectionsPermissions.ConductPolicy);
    }

    private static async Task<Created<InspectionView>> AmendAsync(
        Guid id, AmendRequest request, AmendHandler handler, ViewInspectionQuery q, CancellationToken ct)
    {
        var amendment = await handler.HandleAsync(id, request, ct);
        return TypedResults.Created($"/api/v1/inspections/{amendment}", (await q.GetAsync(amendment, ct))!);
    }

    private static async Task<RedirectHttpResult> FormAsync(Guid id, HttpRequest http, AmendHandler handler, CancellationToken ct)
    {
        var form = await http.ReadFormAsync(ct);
        var reason = form["reason"].ToString().Trim();
        if (reason.Length is 0 or > 500)
        {
            return PageForms.Back($"/inspections/{id}#amend", InspectionsText.Get("FormAmendReason"));
        }

        return await PageForms.TryAsync($"/inspections/{id}#amend", async () =>
            $"/inspections/{await handler.HandleAsync(id, new AmendRequest { Reason = reason }, ct)}/fill");
    }
}
