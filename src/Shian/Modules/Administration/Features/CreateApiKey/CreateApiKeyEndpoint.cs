using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Web;

namespace Shian.Modules.Administration.Features.CreateApiKey;

internal static class CreateApiKeyEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/api-keys/", HandleAsync).WithName("Administration.ApiKeys.Create").WithSummary("Create a key; the secret is in this response only.")
            .RequireAuthorization(AdministrationPermissions.ApiKeysPolicy)
            .Refuses(400, AdministrationErrors.UnknownJurisdiction, AdministrationErrors.UnknownScope);

    private static async Task<Created<CreatedApiKey>> HandleAsync(CreateApiKeyRequest request, ApiKeyCreation creation, CancellationToken ct)
    {
        var created = await creation.CreateAsync(request, ct);
        return TypedResults.Created($"/api/v1/administration/api-keys/{created.Id}", created);
    }
}

internal sealed class CreateApiKeyRequest
{
    [Required(ErrorMessage = "administration.api_key_name_required")]
    [StringLength(100, MinimumLength = 1, ErrorMessage = "administration.api_key_name_too_long")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "administration.api_key_scope_required")]
    [MinLength(1, ErrorMessage = "administration.api_key_scope_required")]
    public List<string>? Scopes { get; set; }

    [Required(ErrorMessage = "administration.api_key_jurisdiction_required")]
    [StringLength(12, ErrorMessage = "administration.api_key_jurisdiction_too_long")]
    public string? JurisdictionCode { get; set; }

    public Guid? OperatorId { get; set; }
}

internal sealed record CreatedApiKey(Guid Id, string Name, string Key, string Scopes);
