using System.Text.Json;

namespace Shian.Shared.Kernel;

/// <summary>
/// A business rule said no. Carries a stable, module-prefixed error code (e.g. <c>operators.not_found</c>) and the
/// HTTP status the web layer turns it into. Throw it through the factories below: they look the message up by the
/// code in the module's resources (<see cref="Messages"/>), so the caller reads it in their own language.
/// </summary>
public class ShianException(string code, string message, int statusCode = 422, IDictionary<string, string[]>? errors = null)
    : Exception(message)
{
    public string Code { get; } = code;

    public int StatusCode { get; } = statusCode;

    /// <summary>Field-level messages, keyed by the request's property name (camelCase), when the rule concerns fields.</summary>
    public IDictionary<string, string[]>? Errors { get; } = errors;

    /// <summary>400: <paramref name="field"/> (the request property, any casing) is wrong; the message is <paramref name="code"/>'s.</summary>
    public static ShianException Invalid(string code, string field, params object?[] args)
    {
        var message = Messages.Get(code, args);
        return new(code, message, 400, new Dictionary<string, string[]> { [FieldName(field)] = [message] });
    }

    /// <summary>400 with several fields, each with its own message key; <paramref name="code"/> names the whole.</summary>
    public static ShianException InvalidFields(string code, IEnumerable<(string Field, string MessageKey)> fields) =>
        new(code, Messages.Get(code), 400, fields
            .GroupBy(f => FieldName(f.Field))
            .ToDictionary(g => g.Key, g => g.Select(f => Messages.Get(f.MessageKey)).ToArray()));

    /// <summary>422: a business rule refuses the request.</summary>
    public static ShianException Rule(string code, params object?[] args) => new(code, Messages.Get(code, args), 422);

    public static ShianException NotFound(string code, params object?[] args) => new(code, Messages.Get(code, args), 404);

    public static ShianException Forbidden(string code, params object?[] args) => new(code, Messages.Get(code, args), 403);

    public static ShianException Conflict(string code, params object?[] args) => new(code, Messages.Get(code, args), 409);

    /// <summary>Any other status (413, 415, 423, 429 …) with the code's message.</summary>
    public static ShianException WithStatus(int status, string code, params object?[] args) => new(code, Messages.Get(code, args), status);

    /// <summary>Field names as the JSON body spells them (camelCase); dotted paths keep their segments.</summary>
    public static string FieldName(string field) =>
        string.Join('.', field.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
