using System.Globalization;
using Shian.Shared.Kernel;

namespace Shian.Modules.Licensing;

/// <summary>Marker for the module's UI strings (LicensingText.resx Chinese, LicensingText.en.resx English).</summary>
public sealed class LicensingText
{
    /// <summary>
    /// The Chinese text of <paramref name="key"/>, whatever the writer's UI language: for what is stored and read later
    /// by others (timeline and inbox entries, certificates, the rule outcomes kept with a decision, the reason a licence ended).
    /// </summary>
    internal static string Zh(string key, params object?[] args) => Texts.Record(typeof(LicensingText), key, args);

    /// <summary>The text of <paramref name="key"/> in <paramref name="culture"/> (for labels fixed at startup, such as the operator-file tab).</summary>
    internal static string In(CultureInfo culture, string key) => Texts.In(typeof(LicensingText), culture, key);
}
