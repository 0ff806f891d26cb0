namespace Shian.Modules.Registration;

/// <summary>Marker for the module's UI strings (RegistrationText.resx Chinese, RegistrationText.en.resx English).</summary>
public sealed class RegistrationText;
