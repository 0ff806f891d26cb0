using Shian.Shared.Kernel;

namespace Shian.Modules.Operators;

/// <summary>Marker for the module's UI strings (OperatorsText.resx Chinese, OperatorsText.en.resx English).</summary>
public sealed class OperatorsText
{
    /// <summary>
    /// A text stored as data (a timeline entry): written in Chinese from the resources whatever the writer's
    /// language, as the file is kept in Chinese.
    /// </summary>
    internal static string Stored(string key, params object?[] args) => Texts.Record(typeof(OperatorsText), key, args);
}
