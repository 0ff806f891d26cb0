using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shian.Shared.Modules;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Hostile;

/// <summary>
/// Issue 11, finding 4: every anonymous door has a limit. On the old code the login, registration and status
/// pages (and the language switch, the OpenAPI document) had none, and sign-in shared the public bucket.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AnonymousEndpointsRateLimitTests(ShianAppFactory app)
{
    /// <summary>The doors left open on purpose, by their stated reason: no database behind them, and a limit per address would throttle a NAT'd office or the load balancer.</summary>
    private static readonly string[] Unlimited = ["static assets: styles, scripts, icons", "load balancer probe"];

    private List<(string Route, string Reason, string? Policy)> AnonymousEndpoints() =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<AnonymousByDesignAttribute>() is not null)
            .Select(e => (e.RoutePattern.RawText ?? "", e.Metadata.GetMetadata<AnonymousByDesignAttribute>()!.Reason, e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName))];

    [Fact]
    public void Every_anonymous_endpoint_and_page_is_rate_limited()
    {
        var open = AnonymousEndpoints().Where(e => e.Policy is null && !Unlimited.Contains(e.Reason)).ToList();

        open.ShouldBeEmpty(string.Join("\n", open.Select(e => $"{e.Route} ({e.Reason})")));
    }

    [Theory]
    [InlineData("/account/login", "sign-in")]
    [InlineData("api/v1/account/login", "sign-in")]
    [InlineData("/registration/apply", "public-forms")]
    [InlineData("/registration/status", "public-forms")]
    public void Sign_in_and_public_forms_have_buckets_of_their_own(string route, string policy)
    {
        var endpoint = AnonymousEndpoints().Where(e => e.Route.TrimStart('/') == route.TrimStart('/')).ShouldHaveSingleItem();
        endpoint.Policy.ShouldBe(policy);
    }
}
