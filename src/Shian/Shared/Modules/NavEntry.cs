using System.Security.Claims;

namespace Shian.Shared.Modules;

/// <summary>
/// One link of the staff navigation. <see cref="TextKey"/> is looked up in <see cref="Text"/> (a resource marker
/// type); <see cref="Policy"/> decides who sees it (null: every signed-in user); <see cref="Order"/> places it.
/// <see cref="Visible"/> narrows it further when a policy is shared by roles that should not all see the link.
/// </summary>
public sealed record NavEntry(string Href, Type Text, string TextKey, string? Policy, int Order)
{
    public Func<ClaimsPrincipal, bool>? Visible { get; init; }
}

/// <summary>The navigation of every module, in order; the layout renders it.</summary>
public sealed class NavigationMenu(IEnumerable<NavEntry> entries)
{
    public IReadOnlyList<NavEntry> Entries { get; } = [.. entries.OrderBy(e => e.Order).ThenBy(e => e.Href, StringComparer.Ordinal)];
}
