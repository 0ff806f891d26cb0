using Shian.Shared.Security;

namespace Shian.Modules.Administration;

/// <summary>
/// Every scope an API key may carry: the scopes the modules' permissions declare (each module registers its
/// <see cref="Permission"/>s), so a scope a module names can always be granted and nothing else can.
/// </summary>
internal sealed class ApiScopes(IEnumerable<Permission> permissions)
{
    public IReadOnlyList<string> All { get; } =
        [.. permissions.Select(p => p.ApiScope).OfType<string>().Distinct().Order(StringComparer.Ordinal)];
}
