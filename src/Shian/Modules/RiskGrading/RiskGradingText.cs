namespace Shian.Modules.RiskGrading;

/// <summary>Marker for the module's UI strings (RiskGradingText.resx Chinese, RiskGradingText.en.resx English).</summary>
public sealed class RiskGradingText;
