namespace Shian.Modules.Administration;

/// <summary>Marker for the module's UI strings (AdministrationText.resx Chinese, AdministrationText.en.resx English).</summary>
public sealed class AdministrationText;
