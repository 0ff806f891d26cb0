namespace Shian.Shared.Persistence;

/// <summary>
/// Personal or secret data: the audit ledger records that the value changed, never the value.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MaskedAttribute : Attribute;
