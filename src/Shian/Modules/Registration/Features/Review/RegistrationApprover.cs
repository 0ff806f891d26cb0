using System.Globalization;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Registration.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Registration.Features.Review;

/// <summary>
/// Grants a registration: issues the unified social credit code, opens the operator's file (which raises
/// OperatorRegistered), issues the electronic business licence (营业执照) and adds the timeline entry. Must run
/// inside the caller's open transaction, so the district's counter row stays locked until the code commits.
/// A reviewer's approval calls it, and so does a clean submission (当场登记, Submit).
/// </summary>
internal sealed class RegistrationApprover(
    ShianDbContext db,
    IRuleBook rules,
    IJurisdictionDirectory jurisdictions,
    IOperatorRegistry registry,
    IOperatorTimeline timeline,
    IDocumentIssuer documents,
    PersonalDataProtector protector,
    TimeProvider time)
{
    // Drawn through CounterSequences inside the approval's transaction.
    private const string NextSequenceSql =
        "INSERT INTO registration_code_counter (\"DistrictCode\", \"Last\") VALUES (@key, 1) " +
        "ON CONFLICT (\"DistrictCode\") DO UPDATE SET \"Last\" = registration_code_counter.\"Last\" + 1 RETURNING \"Last\"";

    public async Task ApproveAsync(RegistrationApplication application, string? decidedBy, string? reason, DateOnly today, CancellationToken ct)
    {
        var town = await jurisdictions.FindAsync(application.JurisdictionCode, ct);
        if (town?.Level != JurisdictionLevels.Town)
        {
            throw ShianException.Conflict(RegistrationErrors.TownNotInJurisdiction);
        }

        var authority = await rules.RequireAsync(RegistrationRules.Authority, RegistrationRules.MarketRegulation, today, ct);
        var category = await rules.RequireAsync(RegistrationRules.EntityTypes, application.EntityType.ToString(), today, ct);
        var sequence = await NextSequenceAsync(application.DistrictCode, ct);
        var code = CreditCodes.Compose(authority.Value[0], category.Value[0], application.DistrictCode, OrganisationBody.For(sequence));
        if (!CreditCodes.IsValid(code))
        {
            throw new InvalidOperationException($"Composed credit code {code} does not validate.");
        }

        var operatorId = await registry.OpenFileAsync(new NewOperatorFile(
            code, application.Name, application.EntityType.ToString(), application.LegalRepresentative,
            protector.Unprotect(application.LegalRepresentativeIdCipher), protector.Unprotect(application.PhoneCipher),
            application.Address, application.JurisdictionCode, [], RegistrationText.Stored("registration.file_source", application.TrackingNumber)), ct);

        var districtName = (await jurisdictions.FindAsync(application.DistrictCode, ct))?.Name ?? application.DistrictCode;
        var authorityName = RegistrationText.Stored("registration.authority_name", districtName);
        var document = await documents.IssueAsync(Licence(application, code, operatorId, authorityName, today), ct);
        var detail = RegistrationText.Stored("registration.timeline_licence_issued_detail", authorityName, application.TrackingNumber)
            + (reason is null ? "" : RegistrationText.Stored("registration.timeline_licence_issued_reason", reason));
        await timeline.AppendAsync(new OperatorTimelineEvent(
            operatorId, "Registration", "registration.business_licence_issued", RegistrationText.Stored("registration.timeline_licence_issued", code),
            detail, $"/verify/document/{document.VerificationCode}"), ct);

        application.Approve(code, operatorId, document.Id, document.VerificationCode, time.GetUtcNow(), decidedBy, reason);
    }

    /// <summary>The licence is a Chinese document whatever the language of whoever approves it.</summary>
    private static DocumentContent Licence(RegistrationApplication application, string code, Guid operatorId, string authorityName, DateOnly today)
    {
        var individual = application.EntityType == RegistrationEntityType.IndividualBusiness;
        var established = today.ToString(RegistrationText.Stored("registration.licence_established_on_format"), CultureInfo.InvariantCulture);
        return new DocumentContent(
            "registration.business_licence",
            code,
            RegistrationText.Stored("registration.licence_title"),
            application.JurisdictionCode,
            operatorId,
            [
                new(RegistrationText.Stored("registration.licence_credit_code"), code),
                new(RegistrationText.Stored("registration.licence_name"), application.Name),
                new(RegistrationText.Stored("registration.licence_type"), RegistrationText.Stored(EntityTypeKey(application.EntityType))),
                new(RegistrationText.Stored(individual ? "registration.licence_operator" : "registration.licence_legal_representative"), application.LegalRepresentative),
                new(RegistrationText.Stored("registration.licence_business_scope"), application.BusinessScope),
                new(RegistrationText.Stored(individual ? "registration.licence_place_of_business" : "registration.licence_domicile"), application.Address),
                new(RegistrationText.Stored("registration.licence_established_on"), established),
                new(RegistrationText.Stored("registration.licence_authority"), authorityName),
            ],
            [RegistrationText.Stored("registration.licence_annual_report")]);
    }

    private static string EntityTypeKey(RegistrationEntityType type) => type switch
    {
        RegistrationEntityType.IndividualBusiness => "registration.entity_type_individual_business",
        RegistrationEntityType.Cooperative => "registration.entity_type_cooperative",
        _ => "registration.entity_type_enterprise",
    };

    private async Task<long> NextSequenceAsync(string districtCode, CancellationToken ct)
    {
        var sequence = await db.NextAsync(NextSequenceSql, districtCode, ct);
        return sequence <= OrganisationBody.MaxSequence
            ? sequence
            : throw ShianException.Conflict(RegistrationErrors.SequenceExhausted);
    }
}
