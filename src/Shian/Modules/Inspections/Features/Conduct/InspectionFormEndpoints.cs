using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Storage;
using Shian.Shared.Web;

namespace Shian.Modules.Inspections.Features.Conduct;

/// <summary>
/// Where the statically rendered pages' plain forms post (no circuit, works on any phone browser): each handler
/// validates the antiforgery token, calls the same service as the API and redirects back to where the inspector
/// was (post/redirect/get), with a Chinese error message in the query string when a rule said no.
/// </summary>
internal static class InspectionFormEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/inspections").ExcludeFromDescription().DisableAntiforgery()
            .AddEndpointFilter(async (ctx, next) =>
            {
                // The forms carry a token; validate it explicitly since these endpoints read the form themselves.
                await ctx.HttpContext.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(ctx.HttpContext);
                return await next(ctx);
            });
        var conduct = InspectionsPermissions.Conduct.Name;

        forms.MapPost("/new/form", CreateAsync).WithName("Inspections.CreateForm").RequireAuthorization(conduct);
        forms.MapPost("/{id:guid}/items/{itemId:guid}/form", SaveItemAsync).WithName("Inspections.SaveItemForm")
            .AcceptsUploads(UploadRules.Photo).RequireAuthorization(conduct);
        forms.MapPost("/{id:guid}/sign/form", SignAsync).WithName("Inspections.SignForm").RequireAuthorization(conduct);
        forms.MapPost("/{id:guid}/amend/form", AmendAsync).WithName("Inspections.AmendForm").RequireAuthorization(conduct);
    }

    private static async Task<RedirectHttpResult> CreateAsync(HttpRequest http, InspectionService service, CancellationToken ct)
    {
        var form = await http.ReadFormAsync(ct);
        var operatorId = Guid.TryParse(form["operatorId"], out var o) ? o : (Guid?)null;
        var request = new CreateInspectionRequest
        {
            OperatorId = operatorId,
            PremisesId = Guid.TryParse(form["premisesId"], out var p) ? p : null,
            Kind = form["kind"],
            Sector = form["sector"],
            InspectedOn = DateOnly.TryParse(form["inspectedOn"], System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null,
            InspectorUserIds = [.. form["inspector"].Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty)],
            SourceReference = string.IsNullOrWhiteSpace(form["sourceReference"]) ? null : form["sourceReference"].ToString(),
        };
        var back = $"/inspections/new?operatorId={operatorId}";
        if (request.OperatorId is null || string.IsNullOrEmpty(request.Kind) || string.IsNullOrEmpty(request.Sector) || request.InspectedOn is null)
        {
            return Back(back, "请填写经营者、检查类型、行业和检查日期。");
        }

        return await TryAsync(back, async () => $"/inspections/{await service.CreateAsync(request, ct)}/fill");
    }

    private static async Task<RedirectHttpResult> SaveItemAsync(Guid id, Guid itemId, HttpRequest http, InspectionService service, CancellationToken ct)
    {
        var form = await http.ReadFormAsync(ct);
        var back = $"/inspections/{id}/fill?item={itemId}";
        var note = form["note"].ToString();
        if (note.Length > 1000)
        {
            return Back(back + $"#item-{itemId}", "说明不能超过1000个字符。");
        }

        return await TryAsync(back + $"#item-{itemId}", async () =>
        {
            await service.SaveItemAsync(id, itemId, new SaveItemRequest
            {
                Outcome = form["outcome"],
                AffectsSafety = form["affectsSafety"] == "true",
                Note = note,
            }, ct);
            if (form.Files.GetFile("photo") is { Length: > 0 } photo)
            {
                await using var stream = photo.OpenReadStream();
                await service.AddPhotoAsync(id, itemId, stream, ct);
            }

            return $"/inspections/{id}/fill?saved={itemId}#item-{itemId}";
        });
    }

    private static async Task<RedirectHttpResult> SignAsync(Guid id, HttpRequest http, SignOffService service, CancellationToken ct)
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
            return Back($"/inspections/{id}#sign", "请检查整改期限（1至90个工作日）和各项文字长度。");
        }

        return await TryAsync($"/inspections/{id}#sign", async () =>
        {
            await service.SignAsync(id, request, ct);
            return $"/inspections/{id}?signed=1";
        });
    }

    private static async Task<RedirectHttpResult> AmendAsync(Guid id, HttpRequest http, InspectionService service, CancellationToken ct)
    {
        var form = await http.ReadFormAsync(ct);
        var reason = form["reason"].ToString().Trim();
        if (reason.Length is 0 or > 500)
        {
            return Back($"/inspections/{id}#amend", "请填写更正原因（不超过500个字符）。");
        }

        return await TryAsync($"/inspections/{id}#amend", async () =>
            $"/inspections/{await service.AmendAsync(id, new AmendRequest { Reason = reason }, ct)}/fill");
    }

    private static async Task<RedirectHttpResult> TryAsync(string back, Func<Task<string>> action)
    {
        try
        {
            return TypedResults.LocalRedirect(await action());
        }
        catch (ShianException e) when (e.StatusCode < 500)
        {
            return Back(back, e.Message);
        }
    }

    /// <summary>Back to the page with the message; the fragment (where the inspector was) stays last.</summary>
    private static RedirectHttpResult Back(string url, string message)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash < 0 ? (url, "") : (url[..hash], url[hash..]);
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return TypedResults.LocalRedirect($"{path}{separator}error={Uri.EscapeDataString(message)}{fragment}");
    }
}
