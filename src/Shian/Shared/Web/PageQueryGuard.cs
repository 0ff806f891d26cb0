using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Shian.Shared.Kernel;

namespace Shian.Shared.Web;

/// <summary>
/// Checks a page's typed query parameters (its <c>[SupplyParameterFromQuery]</c> properties: <c>int?</c>, <c>Guid?</c>,
/// <c>bool?</c> …) before the page renders. Blazor throws while rendering on a value it cannot parse
/// (<c>/portal/establishments?page=abc</c>), which would answer 500; here the value is refused as a 400 error page
/// naming the parameter (<see cref="ErrorCodes.InvalidQuery"/>). The parsers are Blazor's rules or stricter:
/// invariant culture, a sign but no spaces, no exponents.
/// </summary>
internal static class PageQueryGuard
{
    private static readonly ConcurrentDictionary<Type, (string Name, Type Type)[]> TypedParameters = new();

    public static IApplicationBuilder UsePageQueryGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.QueryString.HasValue && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is { } page)
        {
            foreach (var (name, type) in TypedParameters.GetOrAdd(page.Type, Find))
            {
                if (context.Request.Query[name].Any(value => !string.IsNullOrEmpty(value) && !Parses(value, type)))
                {
                    throw ShianException.WithStatus(StatusCodes.Status400BadRequest, ErrorCodes.InvalidQuery, name);
                }
            }
        }

        await next(context);
    });

    /// <summary>True when <paramref name="value"/> reads as <paramref name="type"/> (types the guard does not know are left to the page).</summary>
    public static bool Parses(string value, Type type)
    {
        var invariant = CultureInfo.InvariantCulture;
        return type switch
        {
            _ when type == typeof(int) => int.TryParse(value, NumberStyles.AllowLeadingSign, invariant, out _),
            _ when type == typeof(long) => long.TryParse(value, NumberStyles.AllowLeadingSign, invariant, out _),
            _ when type == typeof(decimal) => decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, invariant, out _),
            _ when type == typeof(double) => double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, invariant, out _),
            _ when type == typeof(float) => float.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, invariant, out _),
            _ when type == typeof(bool) => bool.TryParse(value, out _),
            _ when type == typeof(Guid) => Guid.TryParse(value, out _),
            _ when type == typeof(DateTime) => DateTime.TryParse(value, invariant, DateTimeStyles.None, out _),
            _ when type == typeof(DateOnly) => DateOnly.TryParse(value, invariant, DateTimeStyles.None, out _),
            _ when type == typeof(TimeOnly) => TimeOnly.TryParse(value, invariant, DateTimeStyles.None, out _),
            _ => true,
        };
    }

    /// <summary>The page's query parameters that are not strings, with the type each value must parse as.</summary>
    private static (string Name, Type Type)[] Find(Type component) =>
    [
        .. component.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => (p.Attribute!.Name ?? p.Property.Name, ValueType(p.Property.PropertyType)))
            .Where(p => p.Item2 != typeof(string)),
    ];

    private static Type ValueType(Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type;
        return Nullable.GetUnderlyingType(element) ?? element;
    }
}
