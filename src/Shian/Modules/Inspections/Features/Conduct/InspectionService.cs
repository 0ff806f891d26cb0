using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Inspections.Domain;
using Shian.Modules.Inspections.Features.Checklists;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Storage;

namespace Shian.Modules.Inspections.Features.Conduct;

/// <summary>Starting an inspection, recording its items and photos, and amending a signed one.</summary>
internal sealed class InspectionService(
    ShianDbContext db,
    CurrentUser user,
    TimeProvider time,
    IOperatorDirectory operators,
    IPremisesDirectory premises,
    IRuleBook rules,
    ChecklistCatalog checklists,
    InspectorEligibility eligibility,
    IFileStore files)
{
    public const string ReInspectionSourcePrefix = "inspections:reinspection:";

    public async Task<Guid> CreateAsync(CreateInspectionRequest request, CancellationToken ct)
    {
        var kind = request.Kind!.Trim();
        if (!InspectionKinds.Names.ContainsKey(kind))
        {
            throw ChecklistCatalog.Invalid(InspectionsErrors.UnknownKind, "kind", "检查类型应为 routine、flying、system、special 或 post_licence。");
        }

        var sector = request.Sector!.Trim();
        if (!Sectors.Names.ContainsKey(sector))
        {
            throw ChecklistCatalog.Invalid(InspectionsErrors.UnknownSector, "sector", "行业应为 production、sales 或 catering。");
        }

        var on = request.InspectedOn!.Value;
        if (on > time.ChinaToday())
        {
            throw ChecklistCatalog.Invalid(InspectionsErrors.FutureDate, "inspectedOn", "检查日期不能晚于今天。");
        }

        var op = await operators.FindAsync(request.OperatorId!.Value, ct)
            ?? throw ShianException.NotFound(InspectionsErrors.OperatorNotFound, "未找到该经营者，或该经营者不在您的辖区内。");
        var (premisesId, address, town) = await PremisesAsync(op, request.PremisesId, ct);

        var team = await TeamAsync(request.InspectorUserIds ?? [], town, on, ct);
        var checklist = await checklists.InForceAsync(sector, on, ct)
            ?? throw ShianException.NotFound(InspectionsErrors.ChecklistNotFound, "该行业在检查日期没有生效的检查要点表。");

        var inspection = new Inspection
        {
            Kind = kind,
            Sector = sector,
            ChecklistId = checklist.Id,
            ChecklistVersion = checklist.Version,
            OperatorId = op.Id,
            OperatorName = op.Name,
            OperatorCreditCode = op.CreditCode,
            PremisesId = premisesId,
            PremisesAddress = address,
            JurisdictionCode = town,
            InspectedOn = on,
            InspectorIds = string.Join(',', team.Select(t => t.Id)),
            InspectorNames = string.Join('、', team.Select(t => t.DisplayName)),
            SourceReference = string.IsNullOrWhiteSpace(request.SourceReference) ? null : request.SourceReference.Trim(),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = user.Name,
        };
        Add(inspection, checklist.Items.OrderBy(i => i.Order).Select(i => new InspectionItem
        {
            InspectionId = inspection.Id,
            JurisdictionCode = town,
            ChecklistItemId = i.Id,
            Number = i.Number,
            Order = i.Order,
            Area = i.Area,
            Text = i.Text,
            IsKey = i.IsKey,
            Points = i.Points,
            Citation = i.Citation,
        }));
        await db.SaveChangesAsync(ct);
        return inspection.Id;
    }

    public async Task SaveItemAsync(Guid id, Guid itemId, SaveItemRequest request, CancellationToken ct)
    {
        await OpenDraftAsync(id, ct);
        var item = await db.Set<InspectionItem>().FirstOrDefaultAsync(i => i.InspectionId == id && i.Id == itemId, ct)
            ?? throw ShianException.NotFound(InspectionsErrors.ItemNotFound, "未找到该检查项目。");
        item.Outcome = ParseOutcome(request.Outcome);
        item.AffectsSafety = item.Outcome == ItemOutcome.DoesNotConform && !item.IsKey && request.AffectsSafety;
        item.Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        item.RecordedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    public async Task<StoredFileRef> AddPhotoAsync(Guid id, Guid itemId, Stream content, CancellationToken ct)
    {
        var inspection = await OpenDraftAsync(id, ct);
        if (!await db.Set<InspectionItem>().AnyAsync(i => i.InspectionId == id && i.Id == itemId, ct))
        {
            throw ShianException.NotFound(InspectionsErrors.ItemNotFound, "未找到该检查项目。");
        }

        var file = await files.AddAsync(content, UploadRules.Photo, ct);
        if (!await db.Set<InspectionPhoto>().AnyAsync(p => p.ItemId == itemId && p.Sha256 == file.Sha256, ct))
        {
            db.Add(new InspectionPhoto
            {
                InspectionId = id,
                ItemId = itemId,
                JurisdictionCode = inspection.JurisdictionCode,
                Sha256 = file.Sha256,
                ContentType = file.ContentType,
                Length = file.Length,
                UploadedAt = time.GetUtcNow(),
                UploadedBy = user.Name,
            });
        }

        await db.SaveChangesAsync(ct);
        return file;
    }

    /// <summary>A correction of a signed inspection: a new draft with the same facts, linked to the original.</summary>
    public async Task<Guid> AmendAsync(Guid id, AmendRequest request, CancellationToken ct)
    {
        var original = await FindAsync(id, ct);
        if (!original.IsSigned)
        {
            throw ShianException.Conflict(InspectionsErrors.NotSigned, "草稿可直接修改，无需更正记录。");
        }

        EnsureAssigned(original);
        var amendment = new Inspection
        {
            Kind = original.Kind,
            Sector = original.Sector,
            ChecklistId = original.ChecklistId,
            ChecklistVersion = original.ChecklistVersion,
            OperatorId = original.OperatorId,
            OperatorName = original.OperatorName,
            OperatorCreditCode = original.OperatorCreditCode,
            PremisesId = original.PremisesId,
            PremisesAddress = original.PremisesAddress,
            JurisdictionCode = original.JurisdictionCode,
            InspectedOn = original.InspectedOn,
            InspectorIds = original.InspectorIds,
            InspectorNames = original.InspectorNames,
            SourceReference = original.SourceReference,
            AmendsInspectionId = original.Id,
            AmendmentReason = request.Reason!.Trim(),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = user.Name,
        };
        var items = await db.Set<InspectionItem>().AsNoTracking().Where(i => i.InspectionId == id).ToListAsync(ct);
        Add(amendment, items.Select(i => new InspectionItem
        {
            InspectionId = amendment.Id,
            JurisdictionCode = i.JurisdictionCode,
            ChecklistItemId = i.ChecklistItemId,
            Number = i.Number,
            Order = i.Order,
            Area = i.Area,
            Text = i.Text,
            IsKey = i.IsKey,
            Points = i.Points,
            Citation = i.Citation,
            Outcome = i.Outcome,
            AffectsSafety = i.AffectsSafety,
            Note = i.Note,
            RecordedAt = i.RecordedAt,
        }));
        await db.SaveChangesAsync(ct);
        return amendment.Id;
    }

    /// <summary>The inspection for a change: in the caller's scope, still a draft, and the caller on its team.</summary>
    public async Task<Inspection> OpenDraftAsync(Guid id, CancellationToken ct)
    {
        var inspection = await FindAsync(id, ct);
        inspection.EnsureDraft();
        EnsureAssigned(inspection);
        return inspection;
    }

    public async Task<Inspection> FindAsync(Guid id, CancellationToken ct) =>
        await db.Set<Inspection>().FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw ShianException.NotFound(InspectionsErrors.NotFound, "未找到该检查记录，或您无权查看。");

    public void EnsureAssigned(Inspection inspection)
    {
        if (user.UserId is not { } me || !inspection.Inspectors.Contains(me))
        {
            throw ShianException.Forbidden(InspectionsErrors.NotAssigned, "只有本次检查的检查人员可以填写、签署或更正检查记录。");
        }
    }

    private void Add(Inspection inspection, IEnumerable<InspectionItem> items)
    {
        inspection.AssignNumber();
        db.Add(inspection);
        db.AddRange(items);
    }

    private async Task<(Guid? Id, string Address, string Town)> PremisesAsync(OperatorSummary op, Guid? premisesId, CancellationToken ct)
    {
        if (premisesId is { } pid)
        {
            var p = await premises.FindAsync(op.Id, pid, ct)
                ?? throw ShianException.NotFound(InspectionsErrors.PremisesNotFound, "未找到该经营场所，或该场所不在您的辖区内。");
            return (p.Id, p.Address, p.JurisdictionCode);
        }

        var all = await premises.ListAsync(op.Id, ct);
        return all.Count == 1 ? (all[0].Id, all[0].Address, all[0].JurisdictionCode) : (null, op.RegisteredAddress, op.JurisdictionCode);
    }

    private async Task<IReadOnlyList<InspectorChoice>> TeamAsync(List<Guid> ids, string town, DateOnly on, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        var rule = await rules.FindAsync("inspections.team", "min_inspectors", on, ct)
            ?? throw new InvalidOperationException("Rule inspections.team/min_inspectors is missing.");
        if (distinct.Count < rule.AsInt())
        {
            throw ChecklistCatalog.Invalid(
                InspectionsErrors.TooFewInspectors, "inspectorUserIds", $"检查人员不得少于{rule.AsInt()}人（{rule.Citation}）。");
        }

        var (eligible, refused) = await eligibility.CheckAsync(distinct, town, ct);
        if (refused.Count > 0)
        {
            throw ChecklistCatalog.Invalid(
                InspectionsErrors.InspectorNotEligible, "inspectorUserIds", "以下人员不是该经营场所所在辖区的执法检查人员：" + string.Join("、", refused));
        }

        return [.. distinct.Select(id => eligible.First(e => e.Id == id))];
    }

    private static ItemOutcome? ParseOutcome(string? outcome) => outcome?.Trim() switch
    {
        null or "" => null,
        "conforms" => ItemOutcome.Conforms,
        "does_not_conform" => ItemOutcome.DoesNotConform,
        "not_applicable" => ItemOutcome.NotApplicable,
        _ => throw ChecklistCatalog.Invalid(InspectionsErrors.InvalidOutcome, "outcome", "检查结果应为 conforms、does_not_conform 或 not_applicable。"),
    };

}
