namespace Shian.Modules.Licensing;

/// <summary>Stable error codes of the module (ProblemDetails <c>code</c>).</summary>
internal static partial class LicensingErrors
{
    public const string OperatorNotFound = "licensing.operator_not_found";
    public const string NotYourOperator = "licensing.not_your_operator";
    public const string IdempotencyKeyRequired = "licensing.idempotency_key_required";
    public const string UnknownBusinessType = "licensing.unknown_business_type";
    public const string UnknownItem = "licensing.unknown_business_item";
    public const string UnknownTown = "licensing.unknown_town";
    public const string ApplicationNotFound = "licensing.application_not_found";
    public const string LicenceNotFound = "licensing.licence_not_found";
    public const string SequenceExhausted = "licensing.sequence_exhausted";
    public const string RulesMissing = "licensing.rules_missing";
}
