using System.Globalization;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Inspections.Domain;

namespace Shian.Modules.Inspections.Features.SignOff;

/// <summary>
/// The two documents of a signed inspection, issued through Documents (Chinese PDF with a verification QR code):
/// the on-site inspection record (现场检查笔录) and the inspection result record (检查结果记录表, the one the operator
/// posts and the public sees). Both fit one A4 page, so long lists are summarised. The text comes from the
/// module's resources (Doc*), always in Chinese: the documents are legal records.
/// </summary>
internal sealed class InspectionDocuments(IDocumentIssuer issuer, IJurisdictionDirectory jurisdictions)
{
    public const string RecordKind = "inspections.onsite_record";
    public const string ResultKind = "inspections.result_record";
    private const int MaxListedItems = 6;

    public async Task<(IssuedDocumentInfo Record, IssuedDocumentInfo Result)> IssueAsync(
        Inspection inspection, IReadOnlyList<InspectionItem> items, CancellationToken ct)
    {
        var town = await jurisdictions.DisplayNameAsync(inspection.JurisdictionCode, ct);
        var record = await issuer.IssueAsync(Record(inspection, items, town), ct);
        var result = await issuer.IssueAsync(Result(inspection, items, town), ct);
        return (record, result);
    }

    private static DocumentContent Record(Inspection i, IReadOnlyList<InspectionItem> items, string town)
    {
        var failed = items.Where(x => x.Outcome == ItemOutcome.DoesNotConform).ToList();
        var paragraphs = new List<string>
        {
            T("DocSummary", Sectors.ChineseName(i.Sector), i.ChecklistVersion, items.Count(x => x.Outcome is not null),
                items.Count(x => x.Outcome == ItemOutcome.Conforms), failed.Count, items.Count(x => x.Outcome == ItemOutcome.NotApplicable)),
        };
        paragraphs.AddRange(failed.Take(MaxListedItems).Select(x =>
            T("DocFailedItem", x.Number, T(x.IsKey ? "Key" : "General"), x.Text) + (x.Note is null ? "" : T("DocFailedItemNote", x.Note))));
        if (failed.Count > MaxListedItems)
        {
            paragraphs.Add(T("DocMoreFailed", failed.Count - MaxListedItems));
        }

        paragraphs.Add(i.RefusedToSign ? T("DocRefused", i.RefusalReason, i.InspectorNames) : T("DocAcknowledged", i.AcknowledgedBy));

        return new DocumentContent(
            RecordKind, i.Number + "-B", T("DocRecordTitle"), i.JurisdictionCode, i.OperatorId,
            [
                new(T("DocOperator"), i.OperatorName),
                new(T("DocCreditCode"), i.OperatorCreditCode),
                new(T("DocPlace"), i.PremisesAddress),
                new(T("DocTown"), town),
                new(T("DocDate"), Date(i.InspectedOn)),
                new(T("DocKind"), InspectionKinds.ChineseName(i.Kind)),
                new(T("DocInspectors"), i.InspectorNames),
                new(T("DocResult"), InspectionOutcomeRules.ChineseName(i.Result!.Value)),
                new(T("DocMeasures"), i.Measures ?? T("DocNone")),
            ],
            paragraphs);
    }

    private static DocumentContent Result(Inspection i, IReadOnlyList<InspectionItem> items, string town)
    {
        var fields = new List<DocumentField>
        {
            new(T("DocOperator"), i.OperatorName),
            new(T("DocCreditCode"), i.OperatorCreditCode),
            new(T("DocPremises"), i.PremisesAddress),
            new(T("DocTown"), town),
            new(T("DocDate"), Date(i.InspectedOn)),
            new(T("DocKind"), InspectionKinds.ChineseName(i.Kind)),
            new(T("DocItems"), T("DocItemsValue",
                items.Count(x => x.Outcome is ItemOutcome.Conforms or ItemOutcome.DoesNotConform), i.KeyItemsFailed, i.GeneralItemsFailed)),
            new(T("DocResult"), InspectionOutcomeRules.ChineseName(i.Result!.Value)),
        };
        if (i.Score is { } score)
        {
            fields.Add(new(T("DocScore"), score.ToString("0.0", CultureInfo.InvariantCulture)));
        }

        if (i.RectificationDueOn is { } due)
        {
            fields.Add(new(T("DocRectification"), T("DocRectificationValue", Date(due), i.RectificationWorkingDays)));
        }

        fields.Add(new(T("DocPublishBy"), T("DocBefore", Date(i.PublishBy!.Value))));
        return new DocumentContent(ResultKind, i.Number, T("DocResultTitle"), i.JurisdictionCode, i.OperatorId, fields, [T("DocPosting")]);
    }

    private static string T(string key, params object?[] args) => InspectionsText.Zh(key, args);

    private static string Date(DateOnly d) => T("DocDateValue", d);
}
