namespace Shian.Modules.Catering;

/// <summary>Marker for the module's UI strings (CateringText.resx Chinese, CateringText.en.resx English).</summary>
public sealed class CateringText;
