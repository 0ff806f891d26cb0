using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Inspections.Features.ViewInspection;
using Shian.Shared.Web;

namespace Shian.Modules.Inspections.Features.StartInspection;

internal static class StartInspectionEndpoint
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder forms)
    {
        api.MapPost("/", CreateAsync)
            .WithName("Inspections.Create")
            .WithSummary("Start an inspection (draft) with at least the rule's number of inspectors covering the premises. Inspector in scope.")
            .Refuses(400, InspectionsErrors.UnknownKind, InspectionsErrors.UnknownSector, InspectionsErrors.FutureDate,
                InspectionsErrors.TooFewInspectors, InspectionsErrors.InspectorNotEligible)
            .Refuses(404, InspectionsErrors.OperatorNotFound, InspectionsErrors.PremisesNotFound, InspectionsErrors.ChecklistNotFound)
            .RequireAuthorization(InspectionsPermissions.ConductPolicy);
        forms.MapPost("/new/form", FormAsync).WithName("Inspections.CreateForm").RequireAuthorization(InspectionsPermissions.ConductPolicy);
    }

    private static async Task<Created<InspectionView>> CreateAsync(
        StartInspectionRequest request, StartInspectionHandler handler, ViewInspectionQuery q, CancellationToken ct)
    {
        var id = await handler.HandleAsync(request, ct);
        return TypedResults.Created($"/api/v1/inspections/{id}", (await q.GetAsync(id, ct))!);
    }

    private static async Task<RedirectHttpResult> FormAsync(HttpRequest http, StartInspectionHandler handler, CancellationToken ct)
    {
        var form = await http.ReadFormAsync(ct);
        var operatorId = Guid.TryParse(form["operatorId"], out var o) ? o : (Guid?)null;
        var request = new StartInspectionRequest
        {
            OperatorId = operatorId,
            PremisesId = Guid.TryParse(form["premisesId"], out var p) ? p : null,
            Kind = form["kind"],
            Sector = form["sector"],
            InspectedOn = DateOnly.TryParse(form["inspectedOn"], CultureInfo.InvariantCulture, out var d) ? d : null,
            InspectorUserIds = [.. form["inspector"].Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty)],
            SourceReference = string.IsNullOrWhiteSpace(form["sourceReference"]) ? null : form["sourceReference"].ToString(),
        };
        var back = $"/inspections/new?operatorId={operatorId}";
        if (request.OperatorId is null || string.IsNullOrEmpty(request.Kind) || string.IsNullOrEmpty(request.Sector) || request.InspectedOn is null)
        {
            return PageForms.Back(back, InspectionsText.Get("FormStartMissing"));
        }

        return await PageForms.TryAsync(back, async () => $"/inspections/{await handler.HandleAsync(request, ct)}/fill");
    }
}
