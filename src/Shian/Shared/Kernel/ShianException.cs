namespace Shian.Shared.Kernel;

/// <summary>
/// A business rule said no. Carries a stable, module-prefixed error code (e.g. <c>operators.not_found</c>)
/// and the HTTP status the web layer turns it into; the message is already localised for the caller.
/// </summary>
public class ShianException(string code, string message, int statusCode = 422, IDictionary<string, string[]>? errors = null)
    : Exception(message)
{
    public string Code { get; } = code;

    public int StatusCode { get; } = statusCode;

    /// <summary>Field-level messages, keyed by the request's property name, when the rule concerns fields.</summary>
    public IDictionary<string, string[]>? Errors { get; } = errors;

    public static ShianException NotFound(string code, string message) => new(code, message, 404);

    public static ShianException Forbidden(string code, string message) => new(code, message, 403);

    public static ShianException Conflict(string code, string message) => new(code, message, 409);
}
