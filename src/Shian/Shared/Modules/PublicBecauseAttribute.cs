namespace Shian.Shared.Modules;

/// <summary>
/// States why a module type outside its <c>Contracts/</c> is public (a framework needs it, a test host reads it).
/// Module types are internal by default; the architecture test lists public ones without this attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Struct | AttributeTargets.Enum, Inherited = false)]
public sealed class PublicBecauseAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
