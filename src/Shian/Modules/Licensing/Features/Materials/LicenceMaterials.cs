using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Storage;

namespace Shian.Modules.Licensing.Features.Materials;

/// <summary>
/// Files for the materials checklist: uploaded one by one (content-checked by <see cref="IFileStore"/>), then
/// taken by one application, which counts a material as present only when it has a file.
/// </summary>
internal sealed class LicenceMaterials(
    ShianDbContext db, CurrentUser user, TimeProvider time, IFileStore files, IOperatorDirectory operators, IRuleBook rules)
{
    public const string MaterialFilesField = "materialFiles";

    /// <summary>Stores one file for checklist item <paramref name="key"/> of the operator (the enterprise user's own when null).</summary>
    public async Task<MaterialView> UploadAsync(Guid? operatorId, string? key, string? fileName, Stream content, CancellationToken ct)
    {
        var by = user.UserId ?? throw ShianException.Forbidden(LicensingErrors.UserUnknown);
        var checklist = await ChecklistAsync(ct);
        if (string.IsNullOrWhiteSpace(key) || checklist.All(m => m.Key != key))
        {
            throw ShianException.Invalid(LicensingErrors.UnknownMaterial, "material");
        }

        var op = await Apply.Applicant.FindAsync(user, operators, operatorId, ct);
        var name = Path.GetFileName(fileName ?? "").Trim();
        name = name.Length == 0 ? key : name[..Math.Min(name.Length, 200)];

        var stored = await files.AddAsync(content, UploadRules.Material, ct);
        var material = LicenceMaterial.Uploaded(op.Id, op.JurisdictionCode, key, name, stored, by, time.GetUtcNow());
        db.Add(material);
        await db.SaveChangesAsync(ct);
        return View(material, checklist);
    }

    /// <summary>
    /// The uploads an application names (checklist key → upload id), tracked so that the caller attaches them in
    /// its own save. Each must be the operator's, for that key, and not taken by another application.
    /// </summary>
    public async Task<IReadOnlyList<LicenceMaterial>> ResolveAsync(IReadOnlyDictionary<string, Guid>? chosen, Guid operatorId, CancellationToken ct)
    {
        if (chosen is null || chosen.Count == 0)
        {
            return [];
        }

        var ids = chosen.Values.Distinct().ToList();
        var found = await db.Set<LicenceMaterial>().Unscoped("the named uploads are checked against the applying operator, not the caller's scope").Where(m => ids.Contains(m.Id)).ToListAsync(ct);
        var bad = chosen.Where(c => found.FirstOrDefault(m => m.Id == c.Value) is not { } m
                || m.OperatorId != operatorId || m.MaterialKey != c.Key || m.ApplicationId is not null)
            .Select(c => c.Key).ToList();
        if (bad.Count > 0 || ids.Count != chosen.Count)
        {
            throw ShianException.Invalid(LicensingErrors.MaterialNotFound, MaterialFilesField, string.Join(Messages.Get("licensing.list_separator"), bad));
        }

        return found;
    }

    /// <summary>Which checklist items have a file: what <c>materials_complete</c> looks at.</summary>
    public static IReadOnlyDictionary<string, bool> Presence(IEnumerable<LicenceMaterial> materials) =>
        materials.GroupBy(m => m.MaterialKey).ToDictionary(g => g.Key, _ => true);

    /// <summary>The files of an application the caller may see (the caller has already found the application).</summary>
    public async Task<IReadOnlyList<MaterialView>> ForApplicationAsync(Guid applicationId, CancellationToken ct)
    {
        var checklist = await ChecklistAsync(ct);
        var rows = await db.Set<LicenceMaterial>().Unscoped("the caller has already found the application these files belong to").AsNoTracking()
            .Where(m => m.ApplicationId == applicationId).OrderBy(m => m.UploadedAt).ToListAsync(ct);
        return rows.Select(m => View(m, checklist)).ToList();
    }

    /// <summary>A file's bytes for download: staff in scope, the enterprise user for its own operator.</summary>
    public async Task<(MaterialView Material, byte[] Content)?> DownloadAsync(Guid id, CancellationToken ct)
    {
        var query = user.OperatorId is { } own
            ? db.Set<LicenceMaterial>().Unscoped("an enterprise user reads its own operator's files").Where(m => m.OperatorId == own)
            : db.Set<LicenceMaterial>();
        var material = await query.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (material is null || await files.FindAsync(material.Sha256, ct) is not { } file)
        {
            return null;
        }

        return (View(material, await ChecklistAsync(ct)), file.Content);
    }

    public async Task<IReadOnlyList<RuleValue>> ChecklistAsync(CancellationToken ct) =>
        await rules.GetSetAsync(LicensingRules.Materials, time.ChinaToday(), ct);

    private static MaterialView View(LicenceMaterial m, IReadOnlyList<RuleValue> checklist) =>
        new(m.Id, m.MaterialKey, checklist.FirstOrDefault(r => r.Key == m.MaterialKey)?.Value ?? m.MaterialKey,
            m.FileName, m.ContentType, m.Length, m.Sha256, m.UploadedAt, m.ApplicationId);
}

internal sealed record MaterialView(
    Guid Id, string Material, string MaterialName, string FileName, string ContentType, long Length, string Sha256,
    DateTimeOffset UploadedAt, Guid? ApplicationId);
