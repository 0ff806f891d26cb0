namespace Shian.Modules.Registration.Domain;

/// <summary>
/// The last organisation-code sequence issued per registering district. Bumped by one UPSERT inside the
/// approval's transaction, so concurrent approvals queue on the row instead of reading the same maximum.
/// </summary>
internal sealed class RegistrationCodeCounter
{
    public string DistrictCode { get; init; } = "";

    public long Last { get; set; }
}
