using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Portal;

/// <summary>The whole module is public: every endpoint and page is rate-limited per client address.</summary>
[Collection(AppCollection.Name)]
public sealed class PortalRateLimitTests(ShianAppFactory app)
{
    [Fact]
    public void Every_portal_endpoint_and_page_is_rate_limited_with_the_anonymous_policy()
    {
        var portal = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.Contains("portal", StringComparison.Ordinal))
            .ToList();

        portal.Count.ShouldBeGreaterThanOrEqualTo(6);
        portal.ShouldAllBe(e => e.Metadata.GetMetadata<EnableRateLimitingAttribute>() != null
                                && e.Metadata.GetMetadata<EnableRateLimitingAttribute>()!.PolicyName == "anonymous");
    }
}
