using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Licensing.Domain;

/// <summary>
/// One uploaded file for one item of the materials checklist (rule set <c>licensing.materials</c>). Uploaded
/// before the application exists, it belongs to the operator's own town until an application takes it; from
/// then on it belongs to the premises' town like the application, so the same reviewers see both.
/// </summary>
internal sealed class LicenceMaterial : Entity, IAudited, IJurisdictionScoped
{
    public Guid OperatorId { get; init; }

    /// <summary>The checklist key, e.g. <c>premises_layout</c>.</summary>
    public string MaterialKey { get; init; } = "";

    /// <summary>The name the applicant's file had; shown only, never used to find or type the file.</summary>
    public string FileName { get; init; } = "";

    /// <summary>The stored file (<c>platform_stored_file</c>) by its SHA-256.</summary>
    public string Sha256 { get; init; } = "";

    public string ContentType { get; init; } = "";

    public long Length { get; init; }

    public Guid UploadedBy { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    public Guid? ApplicationId { get; private set; }

    public string JurisdictionCode { get; private set; } = "";

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;

    public static LicenceMaterial Uploaded(Guid operatorId, string operatorTown, string key, string fileName, Shared.Storage.StoredFileRef file, Guid by, DateTimeOffset at) =>
        new()
        {
            OperatorId = operatorId,
            JurisdictionCode = operatorTown,
            MaterialKey = key,
            FileName = fileName,
            Sha256 = file.Sha256,
            ContentType = file.ContentType,
            Length = file.Length,
            UploadedBy = by,
            UploadedAt = at,
        };

    public void AttachTo(LicenceApplication application)
    {
        ApplicationId = application.Id;
        JurisdictionCode = application.JurisdictionCode;
    }
}
