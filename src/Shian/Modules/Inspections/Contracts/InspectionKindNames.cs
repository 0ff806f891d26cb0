using Shian.Shared.Kernel;

namespace Shian.Modules.Inspections.Contracts;

/// <summary>
/// The name of an inspection kind (<c>routine</c> → 日常监督检查), for modules that write a record about an
/// inspection (a risk event, a timeline entry) in the record language.
/// </summary>
public static class InspectionKindNames
{
    public static string Record(string kind)
    {
        var name = Texts.Record(typeof(InspectionsText), "Kind_" + kind);
        return name == "Kind_" + kind ? kind : name;
    }
}
