namespace Shian.Modules.Licensing.Domain;

/// <summary>
/// The last sequence used per number prefix (JY + 业态 + district). Incremented by one UPSERT inside the
/// approval's transaction, so concurrent approvals queue on the row instead of reading the same maximum.
/// </summary>
internal sealed class LicenceNumberCounter
{
    public string Prefix { get; init; } = "";

    public long Last { get; set; }
}
