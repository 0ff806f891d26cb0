using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Shian.Shared.Web;

/// <summary>
/// The problem responses an operation can return, with their stable <c>code</c> values, so a machine client (ERP, lab,
/// online platform) sees in <c>/openapi/v1.json</c> every 4xx it may get. Module API groups declare the defaults every
/// operation shares (<see cref="ApiGroups.MapModuleApi"/>); an endpoint adds what its own rules refuse:
/// <code>api.MapPost("/applications", …).Refuses(400, LicensingErrors.UnknownTown).Refuses(422, LicensingErrors.ApprovalBarred)</code>
/// </summary>
public static class ProblemResponses
{
    /// <summary>The statuses every module API operation may answer, whatever it does.</summary>
    public static readonly int[] GroupDefaults = [400, 401, 403, 429, 500];

    /// <summary>Declares that the operation answers <paramref name="status"/> as problem+json with these <c>code</c>s.</summary>
    public static TBuilder Refuses<TBuilder>(this TBuilder builder, int status, params string[] codes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProblemCodes(status, codes), new ProducesResponseTypeMetadata(status, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));

    /// <summary>Adds the declared problem responses and their codes to each operation of the document.</summary>
    public static OpenApiOptions AddProblemResponses(this OpenApiOptions options)
    {
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var declared = metadata.OfType<ProblemCodes>().GroupBy(p => p.Status)
                .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Codes).Distinct().ToList());
            var isModuleApi = context.Description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            foreach (var status in isModuleApi ? GroupDefaults.Union(declared.Keys) : declared.Keys)
            {
                declared.TryGetValue(status, out var codes);
                codes = [.. DefaultCodes(status).Concat(codes ?? []).Distinct()];
                operation.Responses ??= [];
                var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!operation.Responses.TryGetValue(key, out var response) || response is not OpenApiResponse concrete)
                {
                    concrete = new OpenApiResponse();
                    operation.Responses[key] = concrete;
                }

                concrete.Description = $"{ReasonPhrase(status)}. Problem codes: {string.Join(", ", codes)}";
                concrete.Content ??= new Dictionary<string, OpenApiMediaType>();
                concrete.Content.TryAdd("application/problem+json", new OpenApiMediaType());
            }

            return Task.CompletedTask;
        });
        return options;
    }

    private static IEnumerable<string> DefaultCodes(int status) => status switch
    {
        400 => [ErrorCodes.ValidationFailed, ErrorCodes.MalformedBody],
        401 => [ErrorCodes.Unauthenticated],
        403 => [ErrorCodes.Forbidden, ErrorCodes.OutOfScope],
        404 => [ErrorCodes.NotFound],
        409 => [ErrorCodes.Conflict],
        413 => [ErrorCodes.BodyTooLarge],
        415 => [ErrorCodes.UnsupportedMediaType],
        429 => [ErrorCodes.RateLimited],
        500 => [ErrorCodes.Internal],
        _ => [],
    };

    private static string ReasonPhrase(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : $"Status {status}";
}

/// <summary>Endpoint metadata: the operation answers <see cref="Status"/> with one of <see cref="Codes"/>.</summary>
public sealed record ProblemCodes(int Status, IReadOnlyList<string> Codes);
