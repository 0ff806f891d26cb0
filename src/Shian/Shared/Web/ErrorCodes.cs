namespace Shian.Shared.Web;

/// <summary>Stable codes for errors that belong to no module. Module codes live in the module.</summary>
public static class ErrorCodes
{
    public const string ValidationFailed = "request.validation_failed";
    public const string MalformedBody = "request.malformed_body";
    public const string UnsupportedMediaType = "request.unsupported_media_type";
    public const string BodyTooLarge = "request.body_too_large";
    public const string NotFound = "request.not_found";
    public const string MethodNotAllowed = "request.method_not_allowed";
    public const string Unauthenticated = "security.unauthenticated";
    public const string Forbidden = "security.forbidden";
    public const string OutOfScope = "security.out_of_scope";
    public const string RateLimited = "request.rate_limited";
    public const string Conflict = "request.concurrent_change";
    public const string Internal = "server.internal_error";
    public const string AntiforgeryFailed = "request.antiforgery_failed";
    public const string Cancelled = "request.cancelled";
    public const string BodyRequired = "request.body_required";
    public const string IdempotencyKeyReused = "request.idempotency_key_reused";
    public const string InvalidQuery = "request.invalid_query";
    public const string NullItem = "request.null_item";
    public const string UriTooLong = "request.uri_too_long";
    public const string MalformedRequest = "request.malformed";
    public const string NulCharacter = "request.nul_character";

    public static string ForStatus(int status) => status switch
    {
        400 => ValidationFailed,
        401 => Unauthenticated,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        409 => Conflict,
        413 => BodyTooLarge,
        414 => UriTooLong,
        415 => UnsupportedMediaType,
        429 => RateLimited,
        >= 500 => Internal,
        _ => "request.error",
    };
}
