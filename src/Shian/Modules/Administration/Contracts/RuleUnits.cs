using System.Globalization;
using Shian.Shared.Kernel;

namespace Shian.Modules.Administration.Contracts;

/// <summary>A rule row's unit as a person reads it (<c>working days</c> → 个工作日), in the reader's language.</summary>
public static class RuleUnits
{
    public static string Label(string? unit)
    {
        if (string.IsNullOrEmpty(unit))
        {
            return "";
        }

        var label = Texts.In(typeof(AdministrationText), CultureInfo.CurrentUICulture, "Unit_" + unit);
        return label == "Unit_" + unit ? unit : label;
    }
}
