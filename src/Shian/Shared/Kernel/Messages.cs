using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace Shian.Shared.Kernel;

/// <summary>
/// User-facing messages by their stable key, in the caller's UI culture (zh-CN by default, en-US when switched).
/// A key is an error code or message key with a prefix (<c>licensing.unknown_town</c>, <c>request.malformed_body</c>):
/// the prefix names the resource (a module's <c>&lt;Module&gt;Text</c>, registered by its descriptor; shared
/// prefixes by the platform), and the key is the resx entry's name. Arguments fill <c>{0}</c>, <c>{1}</c>… .
/// A key with no entry comes back as itself, and a test fails on every code without a Chinese and an English entry.
/// </summary>
public static class Messages
{
    private static readonly ConcurrentDictionary<string, ResourceManager> Catalogues = new(StringComparer.Ordinal);

    /// <summary>Makes the keys starting with <paramref name="prefix"/> and a dot resolve in <paramref name="textMarker"/>'s resources.</summary>
    public static void Register(string prefix, Type textMarker) =>
        Catalogues[prefix] = new ResourceManager(textMarker.FullName!, textMarker.Assembly);

    /// <summary>The message for <paramref name="key"/> in the current UI culture, formatted with <paramref name="args"/>.</summary>
    public static string Get(string key, params object?[] args) =>
        Find(key, CultureInfo.CurrentUICulture) is { } template
            ? args.Length == 0 ? template : string.Format(CultureInfo.CurrentCulture, template, args)
            : key;

    /// <summary>The message template for <paramref name="key"/> in <paramref name="culture"/>, or null when there is none.</summary>
    public static string? Find(string key, CultureInfo culture)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !Catalogues.TryGetValue(key[..dot], out var resources))
        {
            return null;
        }

        try
        {
            return resources.GetString(key, culture);
        }
        catch (MissingManifestResourceException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="key"/> looks like a message key (a registered prefix and a dot).</summary>
    public static bool IsKey(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        var dot = key.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && Catalogues.ContainsKey(key[..dot]);
    }

    /// <summary>The registered prefixes with their resource base names (for the completeness test).</summary>
    public static IReadOnlyDictionary<string, string> Registered => Catalogues.ToDictionary(c => c.Key, c => c.Value.BaseName);
}

/// <summary>
/// Texts of one resource (a module's <c>&lt;Module&gt;Text</c> marker) by key in a given culture, for texts built in
/// code: <see cref="Record"/> for what is written down at the time (timeline and inbox entries, documents, stored
/// reasons), which the bureau keeps in Chinese whatever the writer's language; <see cref="In"/> for a chosen culture
/// (labels fixed at start-up in both languages).
/// </summary>
public static class Texts
{
    /// <summary>The language records are kept in.</summary>
    public static readonly CultureInfo RecordCulture = CultureInfo.GetCultureInfo("zh-CN");

    private static readonly ConcurrentDictionary<Type, ResourceManager> Resources = new();

    public static string In(Type textMarker, CultureInfo culture, string key, params object?[] args)
    {
        var resources = Resources.GetOrAdd(textMarker, t => new ResourceManager(t.FullName!, t.Assembly));
        var template = resources.GetString(key, culture) ?? key;
        return args.Length == 0 ? template : string.Format(culture, template, args);
    }

    /// <summary>The text in the record language (Chinese), whatever the caller's UI language.</summary>
    public static string Record(Type textMarker, string key, params object?[] args) => In(textMarker, RecordCulture, key, args);

    /// <summary>The text in the caller's UI language.</summary>
    public static string Get(Type textMarker, string key, params object?[] args) => In(textMarker, CultureInfo.CurrentUICulture, key, args);
}
