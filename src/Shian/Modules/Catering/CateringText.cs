using System.Globalization;
using System.Resources;

namespace Shian.Modules.Catering;

/// <summary>Marker for the module's UI strings (CateringText.resx Chinese, CateringText.en.resx English).</summary>
public sealed class CateringText
{
    private static readonly ResourceManager Resources = new(typeof(CateringText));
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The text for <paramref name="key"/> in the caller's UI culture (what a page or the API shows).</summary>
    internal static string Get(string key, params object?[] args) => Format(key, CultureInfo.CurrentUICulture, args);

    /// <summary>
    /// The Chinese text for <paramref name="key"/>, whatever the caller's language: what is written down at the time
    /// (the door sticker, timeline entries, grade notes, stored results) is Chinese record data.
    /// </summary>
    internal static string Zh(string key, params object?[] args) => Format(key, Chinese, args);

    /// <summary>The text in <paramref name="culture"/> (the operator file's tab title, registered once in both languages).</summary>
    internal static string In(CultureInfo culture, string key) => Format(key, culture, []);

    private static string Format(string key, CultureInfo culture, object?[] args)
    {
        var template = Resources.GetString(key, culture) ?? key;
        return args.Length == 0 ? template : string.Format(culture, template, args);
    }
}
