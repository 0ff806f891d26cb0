using System.Text.Json;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Security;

namespace Shian.Modules.Licensing.Features.Lifecycle;

/// <summary>Who applies and where: the same checks as a new licence application, for filings and SC applications.</summary>
internal static class Applicant
{
    /// <summary>The submission's idempotency key (header first, then body), trimmed; 400 when missing or over 100 characters.</summary>
    public static string IdempotencyKey(string? headerKey, string? bodyKey)
    {
        var key = (headerKey ?? bodyKey)?.Trim();
        if (string.IsNullOrEmpty(key) || key.Length > 100)
        {
            throw new ShianException(LicensingErrors.IdempotencyKeyRequired, "请在 Idempotency-Key 请求头或 idempotencyKey 字段中提供不超过100个字符的幂等键。", 400);
        }

        return key;
    }

    /// <summary>An enterprise user applies for its own operator only; staff name an operator in their scope (404 otherwise).</summary>
    public static async Task<OperatorSummary> FindAsync(CurrentUser user, IOperatorDirectory operators, Guid? requested, CancellationToken ct)
    {
        Guid id;
        if (user.OperatorId is { } own)
        {
            id = requested is null || requested == own
                ? own
                : throw ShianException.Forbidden(LicensingErrors.NotYourOperator, "企业用户只能为本企业申请。");
        }
        else
        {
            id = requested ?? throw Invalid(LicensingErrors.OperatorNotFound, "operatorId", "请指定经营者。");
        }

        return await operators.FindAsync(id, ct)
            ?? throw ShianException.NotFound(LicensingErrors.OperatorNotFound, "未找到该经营者，或该经营者不在您的辖区内。");
    }

    public static async Task<JurisdictionInfo> TownAsync(IJurisdictionDirectory jurisdictions, string code, CancellationToken ct)
    {
        var town = await jurisdictions.FindAsync(code, ct);
        return town?.Level == "Town" ? town : throw Invalid(LicensingErrors.UnknownTown, "premisesTownCode", "经营场所所在镇（街道）代码不存在。");
    }

    public static ShianException Invalid(string code, string field, string message) =>
        new(code, message, 400, new Dictionary<string, string[]> { [JsonNamingPolicy.CamelCase.ConvertName(field)] = [message] });
}
