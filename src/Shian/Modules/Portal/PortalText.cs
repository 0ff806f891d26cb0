namespace Shian.Modules.Portal;

/// <summary>Marker for the module's UI strings (PortalText.resx Chinese, PortalText.en.resx English).</summary>
public sealed class PortalText;
