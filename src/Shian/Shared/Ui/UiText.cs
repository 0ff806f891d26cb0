namespace Shian.Shared.Ui;

/// <summary>Marker for the shared UI strings (UiText.resx is Chinese, UiText.en.resx English).</summary>
public sealed class UiText;
