using System.Globalization;
using Shian.Shared.Kernel;

namespace Shian.Modules.Catering;

/// <summary>Marker for the module's UI strings (CateringText.resx Chinese, CateringText.en.resx English).</summary>
public sealed class CateringText
{
    /// <summary>The text for <paramref name="key"/> in the caller's UI culture (what a page or the API shows).</summary>
    internal static string Get(string key, params object?[] args) => Texts.Get(typeof(CateringText), key, args);

    /// <summary>The Chinese text for <paramref name="key"/>, whatever the caller's language: what is written down is Chinese record data.</summary>
    internal static string Zh(string key, params object?[] args) => Texts.Record(typeof(CateringText), key, args);

    /// <summary>The text in <paramref name="culture"/> (the operator file's tab title, registered once in both languages).</summary>
    internal static string In(CultureInfo culture, string key) => Texts.In(typeof(CateringText), culture, key);
}
