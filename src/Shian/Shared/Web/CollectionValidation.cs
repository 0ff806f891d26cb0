using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Shian.Shared.Kernel;

namespace Shian.Shared.Web;

/// <summary>
/// What <see cref="Validator.TryValidateObject(object, ValidationContext, ICollection{ValidationResult}?, bool)"/> does
/// not look at: the elements of a request's lists and dictionaries, and the request objects inside them. A
/// <c>null</c> where the element type is not nullable (<c>"businessItems": [null]</c> for a <c>string[]</c>) is a field
/// error (<see cref="ErrorCodes.NullItem"/>) instead of a NullReferenceException in the handler, and each nested
/// request object is validated with its own DataAnnotations. Field names are the JSON paths: <c>items[0].text</c>.
/// </summary>
internal static class CollectionValidation
{
    private const int MaxDepth = 8;
    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    public static void Validate(object request, IDictionary<string, string[]> errors) => Validate(request, "", errors, 0);

    private static void Validate(object value, string prefix, IDictionary<string, string[]> errors, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var member in Members.GetOrAdd(value.GetType(), Find))
        {
            var field = prefix + JsonName(member.Property.Name);
            switch (member.Property.GetValue(value))
            {
                case null or string:
                    continue;
                case IDictionary dictionary:
                    var position = 0;
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        Element(entry.Value, $"{field}.{entry.Key}", ++position, member, errors, depth);
                    }

                    break;
                case IEnumerable list:
                    var index = 0;
                    foreach (var item in list)
                    {
                        Element(item, $"{field}[{index}]", ++index, member, errors, depth);
                    }

                    break;
                case var nested when IsRequestType(nested.GetType()):
                    Object(nested, field, errors, depth);
                    break;
            }
        }
    }

    private static void Element(object? item, string field, int position, Member member, IDictionary<string, string[]> errors, int depth)
    {
        if (item is null)
        {
            if (!member.ElementNullable)
            {
                errors[field] = [Messages.Get(ErrorCodes.NullItem, position)];
            }

            return;
        }

        if (IsRequestType(item.GetType()))
        {
            Object(item, field, errors, depth);
        }
    }

    private static void Object(object value, string field, IDictionary<string, string[]> errors, int depth)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var name in result.MemberNames.DefaultIfEmpty(""))
            {
                var key = name.Length == 0 ? field : $"{field}.{JsonName(name)}";
                errors[key] = [.. (errors.TryGetValue(key, out var before) ? before : []), Ui.LocalizedValidator.Localize(result.ErrorMessage)];
            }
        }

        Validate(value, field + ".", errors, depth + 1);
    }

    /// <summary>The properties that can hold elements or nested requests, with whether a null element is allowed.</summary>
    private static Member[] Find(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return
        [
            .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.PropertyType != typeof(string))
                .Where(p => typeof(IEnumerable).IsAssignableFrom(p.PropertyType) || IsRequestType(p.PropertyType))
                .Select(p => new Member(p, ElementNullable(nullability.Create(p)))),
        ];
    }

    /// <summary>Whether the declared element (a list's item, a dictionary's value) may be null: <c>string?[]</c> yes, <c>string[]</c> no.</summary>
    private static bool ElementNullable(NullabilityInfo info)
    {
        var element = info.ElementType ?? (info.GenericTypeArguments.Length > 0 ? info.GenericTypeArguments[^1] : null);
        return element is null || element.ReadState != NullabilityState.NotNull;
    }

    private static bool IsRequestType(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Shian.Modules", StringComparison.Ordinal) == true;

    private static string JsonName(string member) => char.ToLowerInvariant(member[0]) + member[1..];

    private sealed record Member(PropertyInfo Property, bool ElementNullable);
}
