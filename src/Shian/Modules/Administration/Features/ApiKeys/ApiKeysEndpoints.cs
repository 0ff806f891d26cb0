using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Administration.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

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

    internal static async Task<Ok<List<ApiKeyView>>> ListAsync(ShianDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Set<ApiKey>().AsNoTracking().OrderByDescending(k => k.CreatedAt)
            .Select(k => new ApiKeyView(k.Id, k.Name, k.Prefix, k.Scopes, k.JurisdictionCode, k.OperatorId, k.CreatedAt, k.CreatedBy, k.RevokedAt, k.LastUsedAt))
            .ToListAsync(ct));

    internal static async Task<Created<CreatedApiKey>> CreateAsync(
        CreateApiKeyRequest request, ShianDbContext db, CurrentUser user, IJurisdictionDirectory jurisdictions, TimeProvider time,
        CancellationToken ct)
    {
        if (await jurisdictions.FindAsync(request.JurisdictionCode!, ct) is null)
        {
            throw new ShianException("administration.unknown_jurisdiction", $"未知的辖区代码：{request.JurisdictionCode}", 400,
                new Dictionary<string, string[]> { [nameof(request.JurisdictionCode)] = ["未知的辖区代码"] });
        }

        var unknownScopes = request.Scopes!.Except(ApiScopes.All).ToList();
        if (unknownScopes.Count > 0)
        {
            throw new ShianException("administration.unknown_scope", $"未知的权限范围：{string.Join(", ", unknownScopes)}", 400,
                new Dictionary<string, string[]> { [nameof(request.Scopes)] = [$"可用范围：{string.Join(", ", ApiScopes.All)}"] });
        }

        var (secret, prefix, hash) = ApiKeySecret.Create();
        var key = new ApiKey
        {
            Name = request.Name!.Trim(),
            Prefix = prefix,
            SecretHash = hash,
            Scopes = string.Join(' ', request.Scopes!.Distinct()),
            JurisdictionCode = request.JurisdictionCode!,
            OperatorId = request.OperatorId,
            CreatedAt = time.GetUtcNow(),
            CreatedBy = user.Name,
        };
        db.Add(key);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/administration/api-keys/{key.Id}", new CreatedApiKey(key.Id, key.Name, secret, key.Scopes));
    }

    internal static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid id, ShianDbContext db, TimeProvider time, CancellationToken ct)
    {
        var key = await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null)
        {
            return TypedResults.NotFound();
        }

        key.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
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
    [StringLength(12)]
    public string? JurisdictionCode { get; set; }

    public Guid? OperatorId { get; set; }
}

internal sealed record ApiKeyView(
    Guid Id, string Name, string Prefix, string Scopes, string JurisdictionCode, Guid? OperatorId,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

internal sealed record CreatedApiKey(Guid Id, string Name, string Key, string Scopes);
