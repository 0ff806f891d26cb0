namespace Shian.Modules.Licensing;

/// <summary>Marker for the module's UI strings (LicensingText.resx Chinese, LicensingText.en.resx English).</summary>
public sealed class LicensingText;
