using Microsoft.AspNetCore.Authorization;

namespace Shian.Shared.Modules;

/// <summary>
/// Marks a page or endpoint that anyone may open, with the reason. It is the only way to allow anonymous access:
/// the authorization test lists every anonymous endpoint and fails on one without a reason.
/// Pages: <c>@attribute [AnonymousByDesign("…")]</c>; endpoints: <c>.AnonymousByDesign("…")</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class AnonymousByDesignAttribute(string reason) : Attribute, IAllowAnonymous
{
    public string Reason { get; } = string.IsNullOrWhiteSpace(reason)
        ? throw new ArgumentException("An anonymous endpoint needs its reason.", nameof(reason))
        : reason;
}

public static class AnonymousEndpoints
{
    /// <summary>Allows anonymous callers, stating why (see <see cref="AnonymousByDesignAttribute"/>).</summary>
    public static TBuilder AnonymousByDesign<TBuilder>(this TBuilder builder, string reason)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AnonymousByDesignAttribute(reason));
}
