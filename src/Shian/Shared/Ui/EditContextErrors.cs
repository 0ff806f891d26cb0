using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Components.Forms;
using Shian.Shared.Kernel;

namespace Shian.Shared.Ui;

/// <summary>Puts a refusal's field errors onto a Blazor form, next to the inputs they concern.</summary>
public static class EditContextErrors
{
    /// <summary>
    /// Adds each field error of <paramref name="refusal"/> to <paramref name="store"/> on the property of
    /// <paramref name="model"/> whose JSON name matches (the API names fields in camelCase). <paramref name="rename"/>
    /// maps an API field to a form property when they differ (e.g. <c>premisesTownCode</c> → <c>TownCode</c>).
    /// Returns the messages that match no property, for the form-level alert.
    /// </summary>
    public static IReadOnlyList<string> AddErrors(
        this EditContext context, ValidationMessageStore store, ShianException refusal, object? model = null,
        IReadOnlyDictionary<string, string>? rename = null)
    {
        model ??= context.Model;
        var properties = model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), p => p.Name, StringComparer.OrdinalIgnoreCase);
        var unmatched = new List<string>();
        foreach (var (field, messages) in refusal.Errors ?? new Dictionary<string, string[]>())
        {
            var name = rename is not null && rename.TryGetValue(field, out var renamed) ? renamed
                : properties.TryGetValue(field, out var property) ? property : null;
            if (name is null)
            {
                unmatched.AddRange(messages);
                continue;
            }

            foreach (var message in messages)
            {
                store.Add(new FieldIdentifier(model, name), message);
            }
        }

        if (refusal.Errors is null or { Count: 0 })
        {
            unmatched.Add(refusal.Message);
        }

        context.NotifyValidationStateChanged();
        return unmatched;
    }
}
