using Shian.Shared.Kernel;

namespace Shian.Modules.Registration;

/// <summary>Marker for the module's UI strings (RegistrationText.resx Chinese, RegistrationText.en.resx English).</summary>
public sealed class RegistrationText
{
    /// <summary>
    /// A text stored as data or issued as a document (check explanations, timeline entries, the business licence,
    /// the actor the ledger names): written in Chinese from the resources whatever the writer's language.
    /// </summary>
    internal static string Stored(string key, params object?[] args) => Texts.Record(typeof(RegistrationText), key, args);

    /// <summary>The actor the ledger names for a public applicant.</summary>
    internal static string PublicApplicant(string trackingNumber) => Stored("registration.public_applicant_numbered", trackingNumber);
}
