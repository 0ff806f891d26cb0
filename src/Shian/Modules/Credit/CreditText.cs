namespace Shian.Modules.Credit;

/// <summary>Marker for the module's UI strings (CreditText.resx Chinese, CreditText.en.resx English).</summary>
public sealed class CreditText;
