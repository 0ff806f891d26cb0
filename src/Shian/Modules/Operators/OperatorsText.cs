using System.Globalization;
using Shian.Shared.Kernel;

namespace Shian.Modules.Operators;

/// <summary>Marker for the module's UI strings (OperatorsText.resx Chinese, OperatorsText.en.resx English).</summary>
public sealed class OperatorsText
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>
    /// A text stored as data (a timeline entry): written in Chinese from the resources whatever the writer's
    /// language, as the file is kept in Chinese.
    /// </summary>
    internal static string Stored(string key, params object?[] args)
    {
        var template = Messages.Find(key, Chinese) ?? key;
        return args.Length == 0 ? template : string.Format(Chinese, template, args);
    }
}
