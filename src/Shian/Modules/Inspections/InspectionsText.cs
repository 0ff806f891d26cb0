namespace Shian.Modules.Inspections;

/// <summary>Marker for the module's UI strings (InspectionsText.resx Chinese, InspectionsText.en.resx English).</summary>
public sealed class InspectionsText;
