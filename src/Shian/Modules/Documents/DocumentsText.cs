namespace Shian.Modules.Documents;

/// <summary>Marker for the module's UI strings (DocumentsText.resx Chinese, DocumentsText.en.resx English).</summary>
public sealed class DocumentsText;
