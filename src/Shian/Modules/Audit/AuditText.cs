namespace Shian.Modules.Audit;

/// <summary>Marker for the module's UI strings (AuditText.resx Chinese, AuditText.en.resx English).</summary>
public sealed class AuditText;
