using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shian.Shared.Modules;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Shared.Security;

/// <summary>
/// Every endpoint states who may call it. A new endpoint with no authorization fails here, and so does a new
/// anonymous one that does not state its reason with <see cref="AnonymousByDesignAttribute"/>.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class EndpointAuthorizationTests(ShianAppFactory app)
{
    /// <summary>
    /// Framework endpoints that carry no authorization metadata of their own: Blazor's circuit and redirect helpers
    /// (components authorize inside the circuit) and the development-time static file fallback.
    /// </summary>
    private static readonly HashSet<string> FrameworkEndpoints =
    [
        "/_blazor", "/_blazor/negotiate", "/_blazor/disconnect/", "/_blazor/initializers/", "/_framework/opaque-redirect",
        "{**path:file}",
    ];

    [Fact]
    public void Every_endpoint_requires_authorization_or_is_explicitly_anonymous()
    {
        var unprotected = Endpoints()
            .Where(e => !IsStaticAsset(e) && !IsFrameworkInfrastructure(e))
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any()
                        && e.Metadata.GetMetadata<AuthorizationPolicy>() is null)
            .Select(Describe)
            .ToList();

        unprotected.ShouldBeEmpty("these endpoints have neither authorization nor [AllowAnonymous]");
    }

    [Fact]
    public void Every_anonymous_endpoint_states_why_it_is_anonymous()
    {
        var anonymous = Endpoints()
            .Where(e => !IsFrameworkInfrastructure(e) && e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .ToList();

        anonymous.Where(e => e.Metadata.GetMetadata<AnonymousByDesignAttribute>() is null)
            .Select(Describe)
            .ShouldBeEmpty("anonymous endpoints without [AnonymousByDesign(reason)] / .AnonymousByDesign(reason)");

        // The list, with reasons, for whoever reviews what the public can reach.
        foreach (var line in anonymous.Where(e => !IsStaticAsset(e)).SelectMany(e => Keys(e).Select(k => $"{k}: {e.Metadata.GetMetadata<AnonymousByDesignAttribute>()!.Reason}")).Distinct().Order(StringComparer.Ordinal))
        {
            TestContext.Current.TestOutputHelper?.WriteLine(line);
        }

        anonymous.Count.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void An_anonymous_endpoint_without_a_reason_is_refused_at_mapping()
    {
        Should.Throw<ArgumentException>(() => new AnonymousByDesignAttribute(" "));
    }

    [Fact]
    public async Task Every_protected_api_list_answers_an_anonymous_caller_with_401_problem_details()
    {
        using var client = app.AnonymousClient();
        var urls = Endpoints()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1/", StringComparison.Ordinal))
            .Where(e => e.RoutePattern.Parameters.Count == 0)
            .Where(e => Methods(e).Contains("GET"))
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.RoutePattern.RawText!.TrimEnd('/'))
            .Distinct()
            .ToList();

        urls.Count.ShouldBeGreaterThanOrEqualTo(6, string.Join(", ", urls));
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "security.unauthenticated");
        }
    }

    [Fact]
    public async Task An_anonymous_caller_gets_401_on_writes_too_and_nothing_is_written()
    {
        using var client = app.AnonymousClient();
        var before = await app.CountRowsAsync();

        await (await client.PostAsync("/api/v1/operators", JsonContent(TestData.Operator()))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await client.PutAsync($"/api/v1/operators/{Guid.NewGuid()}", JsonContent(TestData.Operator()))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await client.PutAsync("/api/v1/administration/calendar/days/2030-01-02", JsonContent(new { kind = "Holiday", name = "x" })))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        (await app.CountRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_anonymous_visitor_of_a_staff_page_is_sent_to_the_login_page()
    {
        using var client = app.AnonymousClient();

        var response = await client.GetAsync("/operators");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/account/login");
    }

    private List<RouteEndpoint> Endpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    private static bool IsStaticAsset(RouteEndpoint e) =>
        e.Metadata.Any(m => m.GetType().FullName == "Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor");

    private static bool IsFrameworkInfrastructure(RouteEndpoint e) => FrameworkEndpoints.Contains(e.RoutePattern.RawText!);

    private static IEnumerable<string> Methods(RouteEndpoint e) =>
        e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"];

    private static IEnumerable<string> Keys(RouteEndpoint e) => Methods(e).Select(m => $"{m} {e.RoutePattern.RawText}");

    private static string Describe(RouteEndpoint e) => $"{string.Join(",", Methods(e))} {e.RoutePattern.RawText} ({e.DisplayName})";

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
