namespace Shian.Modules.Inspections;

/// <summary>Stable error codes of the module (ProblemDetails <c>code</c>).</summary>
internal static class InspectionsErrors
{
    public const string NotFound = "inspections.not_found";
    public const string ItemNotFound = "inspections.item_not_found";
    public const string PhotoNotFound = "inspections.photo_not_found";
    public const string OperatorNotFound = "inspections.operator_not_found";
    public const string PremisesNotFound = "inspections.premises_not_found";
    public const string UnknownKind = "inspections.unknown_kind";
    public const string UnknownSector = "inspections.unknown_sector";
    public const string ChecklistNotFound = "inspections.checklist_not_found";
    public const string ChecklistInvalid = "inspections.checklist_invalid";
    public const string TooFewInspectors = "inspections.too_few_inspectors";
    public const string InspectorNotEligible = "inspections.inspector_not_eligible";
    public const string FutureDate = "inspections.future_date";
    public const string SignedImmutable = "inspections.signed_immutable";
    public const string ItemsIncomplete = "inspections.items_incomplete";
    public const string AcknowledgementRequired = "inspections.acknowledgement_required";
    public const string RectificationRequired = "inspections.rectification_required";
    public const string InvalidOutcome = "inspections.invalid_outcome";
    public const string DocumentNotFound = "inspections.document_not_found";
    public const string NotAssigned = "inspections.not_assigned";
    public const string NotSigned = "inspections.not_signed";
}
