namespace Shian.Modules.Operators.Features.EditOperator;

/// <summary>The operator's fields by name, for the timeline's "changed: …" line (stored in Chinese).</summary>
internal static class OperatorFieldNames
{
    private static readonly Dictionary<string, string> Keys = new()
    {
        ["CreditCode"] = "operators.field_credit_code",
        ["CreditCodeOverrideReason"] = "operators.field_override_reason",
        ["Name"] = "operators.field_name",
        ["EntityType"] = "operators.field_entity_type",
        ["LegalRepresentative"] = "operators.field_legal_representative",
        ["LegalRepresentativeIdCipher"] = "operators.field_id_number",
        ["LegalRepresentativeIdMasked"] = "operators.field_id_number",
        ["PhoneCipher"] = "operators.field_phone",
        ["PhoneMasked"] = "operators.field_phone",
        ["ContactPerson"] = "operators.field_contact_person",
        ["ContactEmail"] = "operators.field_contact_email",
        ["RegisteredAddress"] = "operators.field_registered_address",
        ["JurisdictionCode"] = "operators.field_town",
        ["CategoryCodes"] = "operators.field_categories",
        ["Status"] = "operators.field_status",
    };

    public static string Label(string property) => Keys.TryGetValue(property, out var key) ? OperatorsText.Stored(key) : property;
}
