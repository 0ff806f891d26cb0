using System.Globalization;
using Shian.Shared.Kernel;

namespace Shian.Modules.RiskGrading;

/// <summary>Marker for the module's UI strings (RiskGradingText.resx Chinese, RiskGradingText.en.resx English).</summary>
public sealed class RiskGradingText;

/// <summary>
/// The module's texts built outside pages (breakdown labels, reasons, event descriptions, CSV headers), from the
/// same resources as the pages. <see cref="Get"/> reads in the reader's language; <see cref="Zh"/> writes what is
/// stored (breakdowns, history reasons, event descriptions, timeline entries are records made at the time, in Chinese).
/// </summary>
internal static class RiskGradingTexts
{
    public static readonly CultureInfo Chinese = Texts.RecordCulture;

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The text in the current UI culture.</summary>
    public static string Get(string key, params object?[] args) => In(CultureInfo.CurrentUICulture, key, args);

    /// <summary>The Chinese text, for what is stored.</summary>
    public static string Zh(string key, params object?[] args) => In(Chinese, key, args);

    public static string In(CultureInfo culture, string key, params object?[] args) => Texts.In(typeof(RiskGradingText), culture, key, args);
}
