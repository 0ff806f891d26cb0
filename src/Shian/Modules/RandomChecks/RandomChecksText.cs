namespace Shian.Modules.RandomChecks;

/// <summary>Marker for the module's UI strings (RandomChecksText.resx Chinese, RandomChecksText.en.resx English).</summary>
public sealed class RandomChecksText;
