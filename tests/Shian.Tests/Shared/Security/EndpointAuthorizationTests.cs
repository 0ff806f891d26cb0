using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Shared.Security;

/// <summary>
/// Every endpoint states who may call it. A new endpoint with no authorization fails here, and so does a new
/// anonymous one until it is added, with its reason, to <see cref="AnonymousByDesign"/>.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class EndpointAuthorizationTests(ShianAppFactory app)
{
    /// <summary>The endpoints anyone may call, by method and route pattern, each with the reason.</summary>
    private static readonly Dictionary<string, string> AnonymousByDesign = new()
    {
        ["POST /api/v1/account/login"] = "signing in",
        ["GET /api/v1/administration/jurisdictions"] = "public reference data: codes and names of places",
        ["GET /culture"] = "the language switch works before signing in",
        ["* /health/live"] = "load balancer probe",
        ["* /health/ready"] = "load balancer probe",
        ["GET /openapi/{documentName}.json"] = "the published API description",
        ["GET /scalar/{documentName?}"] = "the browsable API reference",
        ["GET /scalar/scalar.js"] = "the API reference's script",
        ["GET /scalar/scalar.aspnetcore.js"] = "the API reference's script",
        ["GET /scalar/favicon.svg"] = "the API reference's icon",
        ["GET /"] = "home page",
        ["POST /"] = "home page (Blazor form posts re-render the page)",
        ["GET /account/login"] = "login page",
        ["POST /account/login"] = "login page's form",
        ["GET /account/denied"] = "access-denied page",
        ["POST /account/denied"] = "access-denied page (form post re-render)",
        ["GET /api/v1/documents/verify/{code}"] = "anyone holding a printed document checks it by its QR verification code",
        ["GET /verify/document/{Code}"] = "the public verification page a document's QR code opens",
        ["POST /verify/document/{Code}"] = "the public verification page (form post re-render)",
        ["GET /api/v1/licensing/verify/{number}"] = "anyone checks a licence by its number (public registry)",
        ["GET /verify/licence/{Number}"] = "the public licence verification page",
        ["POST /verify/licence/{Number}"] = "the public licence verification page (form post re-render)",
        ["POST /api/v1/registration/public/applications"] = "anyone registers a market entity online (rate-limited, idempotent)",
        ["GET /api/v1/registration/public/applications/{trackingNumber}"] = "the applicant follows an application with its tracking number and secret",
        ["GET /api/v1/registration/public/applications/{trackingNumber}/licence"] = "the applicant downloads the business licence with the secret or a short-lived token",
        ["POST /api/v1/registration/public/applications/{trackingNumber}/account"] = "the applicant of an approved registration opens its enterprise account once, with the secret",
        ["GET /registration/apply"] = "the public registration form",
        ["POST /registration/apply"] = "the public registration form's post",
        ["GET /registration/status"] = "the public status page",
        ["POST /registration/status"] = "the public status page's form (the secret travels in the body)",
        ["GET /api/v1/inspections/public/{id:guid}"] = "inspection results are published (令第49号 第三十九条); no personal data",
        ["GET /api/v1/inspections/public/operators/{operatorId:guid}"] = "an operator's published inspection results; no personal data",
        ["GET /inspections/public/{Id}"] = "the public page of a published inspection result",
        ["POST /inspections/public/{Id}"] = "the public inspection result page (form post re-render)",
        ["GET /inspections/public/operators/{OperatorId}"] = "the public list of an operator's inspection results",
        ["POST /inspections/public/operators/{OperatorId}"] = "the public list of an operator's results (form post re-render)",
        ["GET /api/v1/randomchecks/tasks/{id:guid}/verification"] = "一公开: anyone recomputes a random draw from its commitment, pool and revealed seed",
        ["GET /api/v1/randomchecks/public/{id:guid}"] = "一公开: the public record of a random-check task (commitments, draws, results)",
        ["GET /randomchecks/public/{TaskId:guid}"] = "一公开: the public page of a random-check task",
        ["POST /randomchecks/public/{TaskId:guid}"] = "the public random-check page (form post re-render)",
        ["GET /api/v1/portal/establishments"] = "open data: published catering grades (FHRS-style search), rate-limited",
        ["GET /api/v1/portal/establishments/{id:guid}"] = "open data: one published establishment with its inspections, rate-limited",
        ["GET /api/v1/portal/lives/businesses.csv"] = "open data: LIVES businesses file, rate-limited",
        ["GET /api/v1/portal/lives/inspections.csv"] = "open data: LIVES inspections file, rate-limited",
        ["GET /api/v1/portal/lives/legend.csv"] = "open data: LIVES score legend from the rule rows, rate-limited",
        ["GET /api/v1/portal/lives/feed_info.csv"] = "open data: LIVES feed metadata, rate-limited",
        ["GET /portal/establishments"] = "the public grade search page",
        ["POST /portal/establishments"] = "the public grade search page (form post re-render)",
        ["GET /portal/establishments/{Id:guid}"] = "the public establishment record a door sticker's QR code opens",
        ["POST /portal/establishments/{Id:guid}"] = "the public establishment record (form post re-render)",
        ["GET /api/v1/licensing/verify/filing/{number}"] = "anyone checks a filing (备案) by its number (public registry)",
        ["GET /verify/filing/{Number}"] = "the public filing verification page",
        ["POST /verify/filing/{Number}"] = "the public filing verification page (form post re-render)",
        ["GET /not-found"] = "not-found page",
        ["POST /not-found"] = "not-found page (form post re-render)",
    };

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
    public void Every_anonymous_endpoint_is_on_the_allow_list()
    {
        var anonymous = Endpoints()
            .Where(e => !IsStaticAsset(e) && e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .SelectMany(Keys)
            .Distinct()
            .ToList();

        anonymous.Except(AnonymousByDesign.Keys).ShouldBeEmpty("anonymous endpoints that are not on the allow-list");
        AnonymousByDesign.Keys.Except(anonymous).ShouldBeEmpty("allow-list entries that no longer exist or are no longer anonymous");
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
