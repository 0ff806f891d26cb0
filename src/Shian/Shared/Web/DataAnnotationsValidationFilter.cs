using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Shian.Shared.Kernel;

namespace Shian.Shared.Web;

/// <summary>
/// Validates request bodies with their DataAnnotations before the handler runs, and answers 400
/// ValidationProblem with field-level Chinese messages. The .NET 10 validation generator only sees public
/// types, and our request types are internal, so this filter does the job for every module's API group.
/// </summary>
internal static class DataAnnotationsValidationFilter
{
    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var nullability = new NullabilityInfoContext();
        var parameters = context.MethodInfo.GetParameters();
        var validated = parameters
            .Select((p, index) => (p.ParameterType, index))
            .Where(p => IsValidatable(p.ParameterType))
            .Select(p => p.index)
            .ToArray();
        // Enum parameters (query, route) bind through Enum.TryParse, which takes any number: "?status=99" must be
        // refused like an undefined enum in a body (issue 11, finding 8), not become a value no code handles.
        var enums = parameters
            .Select((p, index) => (Name: p.Name ?? "", Type: Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType, index))
            .Where(p => p.Type.IsEnum)
            .ToArray();
        var optional = validated.Where(i => nullability.Create(parameters[i]).ReadState == NullabilityState.Nullable).ToHashSet();
        if (validated.Length == 0 && enums.Length == 0)
        {
            return next;
        }

        return async invocation =>
        {
            var errors = new Dictionary<string, string[]>();
            foreach (var (name, type, index) in enums)
            {
                if (invocation.Arguments[index] is { } value && !Enum.IsDefined(type, value))
                {
                    errors[JsonName(name)] = [Messages.Get(ErrorCodes.ValidationFailed)];
                }
            }

            foreach (var index in validated)
            {
                var argument = invocation.Arguments[index];
                if (argument is null && optional.Contains(index))
                {
                    continue;
                }

                if (argument is null)
                {
                    errors[""] = [Messages.Get(ErrorCodes.BodyRequired)];
                    continue;
                }

                var results = new List<ValidationResult>();
                if (!Validator.TryValidateObject(argument, new ValidationContext(argument), results, validateAllProperties: true))
                {
                    foreach (var group in results.SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (m, Ui.LocalizedValidator.Localize(r.ErrorMessage))))
                                 .GroupBy(x => JsonName(x.m)))
                    {
                        errors[group.Key] = [.. group.Select(x => x.Item2)];
                    }
                }

                CollectionValidation.Validate(argument, errors);
            }

            if (errors.Count == 0)
            {
                return await next(invocation);
            }

            return TypedResults.ValidationProblem(errors, detail: Messages.Get(ErrorCodes.ValidationFailed),
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.ValidationFailed });
        };
    }

    /// <summary>A module's request type: it declares DataAnnotations, or holds lists whose elements must be checked.</summary>
    private static bool IsValidatable(Type type) =>
        type.IsClass && type.Namespace?.StartsWith("Shian.Modules", StringComparison.Ordinal) == true &&
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p =>
            p.GetCustomAttributes<ValidationAttribute>().Any() || (p.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType)));

    private static string JsonName(string member) =>
        member.Length == 0 ? member : char.ToLowerInvariant(member[0]) + member[1..];
}
