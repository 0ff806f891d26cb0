namespace Shian.Modules.Operators;

/// <summary>Marker for the module's UI strings (OperatorsText.resx Chinese, OperatorsText.en.resx English).</summary>
public sealed class OperatorsText;
