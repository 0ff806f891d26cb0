using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Shian.Modules.Administration.Features.ApiKeys;

internal static class ApiKeysEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/api-keys").RequireAuthorization(AdministrationPermissions.ManageApiKeys.Name);
        keys.MapGet("/", ListAsync).WithName("Administration.ApiKeys.List").WithSummary("All API keys (never their secrets).");
        keys.MapPost("/", CreateAsync).WithName("Administration.ApiKeys.Create").WithSummary("Create a key; the secret is in this response only.");
        keys.MapDelete("/{id:guid}", RevokeAsync).WithName("Administration.ApiKeys.Revoke").WithSummary("Revoke a key at once.");
    }

    internal static async Task<Ok<List<ApiKeyView>>> ListAsync(ApiKeyAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.ListAsync(ct));

    internal static async Task<Created<CreatedApiKey>> CreateAsync(CreateApiKeyRequest request, ApiKeyAdmin admin, CancellationToken ct)
    {
        var created = await admin.CreateAsync(request, ct);
        return TypedResults.Created($"/api/v1/administration/api-keys/{created.Id}", created);
    }

    internal static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid id, ApiKeyAdmin admin, CancellationToken ct) =>
        await admin.RevokeAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

internal sealed class CreateApiKeyRequest
{
    [Required(ErrorMessage = "请填写名称")]
    [StringLength(100, MinimumLength = 1, ErrorMessage = "名称不能超过100个字符")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "请至少选择一个权限范围")]
    [MinLength(1, ErrorMessage = "请至少选择一个权限范围")]
    public List<string>? Scopes { get; set; }

    [Required(ErrorMessage = "请选择辖区")]
    [StringLength(12, ErrorMessage = "辖区代码不能超过12个字符")]
    public string? JurisdictionCode { get; set; }

    public Guid? OperatorId { get; set; }
}

internal sealed record ApiKeyView(
    Guid Id, string Name, string Prefix, string Scopes, string JurisdictionCode, Guid? OperatorId,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

internal sealed record CreatedApiKey(Guid Id, string Name, string Key, string Scopes);
