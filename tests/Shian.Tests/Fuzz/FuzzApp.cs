using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shian.Hosting;
using Shian.Hosting.DemoData;
using Shian.Shared.Security;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Fuzz;

/// <summary>
/// One app for the whole fuzz suite, with the tiny demo data set (so that real ids exist to aim at) and one signed-in
/// client per demo role. Requests go one after another over the in-memory test server.
/// </summary>
public sealed class FuzzApp : ShianAppFactory
{
    /// <summary>Who calls an endpoint that a role may call: the demo account for that role (新会 for the inspector, where the demo data lives).</summary>
    private static readonly (string Role, string UserName)[] DemoPrincipals =
    [
        (Roles.Administrator, "admin"), (Roles.Leader, "leader"), (Roles.Inspector, "insp.xinhui"), (Roles.LegalReviewer, "reviewer"),
        (Roles.LabAnalyst, "lab"), (Roles.Coordinator, "coord.huicheng"), (Roles.EnterpriseUser, "enterprise"),
    ];

    private readonly Dictionary<string, HttpClient> _clients = [];
    private Dictionary<string, string[]> _policyRoles = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("DemoData:Scale", "tiny");
        builder.UseSetting("Security:AllowDemoSecrets", "true"); // demo accounts on purpose (the start-up guard refuses them otherwise)
    }

    public OpenApiOperations OpenApi { get; private set; } = null!;

    public RealIds Ids { get; } = new();

    public IReadOnlyList<RouteEndpoint> Endpoints { get; private set; } = [];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _policyRoles = ModuleCatalog.All.SelectMany(m => m.Permissions).ToDictionary(p => p.Name, p => p.Roles);
        _clients[""] = Anonymous();
        foreach (var (role, userName) in DemoPrincipals)
        {
            _clients[role] = await SignInAsync(userName);
        }

        Endpoints = [.. Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];
        OpenApi = OpenApiOperations.Parse(await _clients[""].GetStringAsync("/openapi/v1.json"));

        // Real ids: every list the demo data answers, read as a principal allowed to read it.
        foreach (var operation in OpenApi.Operations.Where(o => o is { Method: "GET", PathParameters.Count: 0 } && o.Path.StartsWith("/api/", StringComparison.Ordinal)))
        {
            var (_, client) = ClientFor(Metadata(operation));
            using var response = await client.GetAsync(operation.Path + ApiFuzzTests.RequiredQuery(OpenApi, operation, Ids));
            if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
            {
                Ids.Harvest(operation.Path, await response.Content.ReadAsStringAsync());
            }
        }
    }

    /// <summary>The endpoint metadata (authorization) of an OpenAPI operation.</summary>
    public IEnumerable<object> Metadata(ApiOperation operation)
    {
        var path = Normalise(operation.Path);
        var endpoint = Endpoints.FirstOrDefault(e => Normalise(e.RoutePattern.RawText ?? "") == path &&
            e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(operation.Method) == true);
        return endpoint?.Metadata ?? (IEnumerable<object>)[];
    }

    private static string Normalise(string pattern) =>
        "/" + ApiFuzzTests.PathParameter().Replace(pattern, m => "{" + m.Groups[1].Value.ToLowerInvariant() + "}").Trim('/').ToLowerInvariant();

    /// <summary>The client of a principal allowed through <paramref name="endpointMetadata"/>'s authorization (anonymous when it allows anyone).</summary>
    public (string Principal, HttpClient Client) ClientFor(IEnumerable<object> endpointMetadata)
    {
        var metadata = endpointMetadata.ToList();
        if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any())
        {
            return ("anonymous", _clients[""]);
        }

        var roles = metadata.OfType<IAuthorizeData>()
            .Select(a => a.Policy is { } policy && _policyRoles.TryGetValue(policy, out var r) ? r : Roles.All.ToArray())
            .Aggregate((a, b) => [.. a.Intersect(b)]);
        var role = DemoPrincipals.Select(p => p.Role).FirstOrDefault(roles.Contains) ?? Roles.Administrator;
        return (role, _clients[role]);
    }

    private HttpClient Anonymous() => CreateDefaultClient(ClientOptions.BaseAddress);

    /// <summary>
    /// Signs in through the API and sends the session cookies as a fixed header: the suite also calls sign-out and
    /// sign-in, whose answers must not change who the next request is.
    /// </summary>
    private async Task<HttpClient> SignInAsync(string userName)
    {
        using var signIn = CreateDefaultClient(ClientOptions.BaseAddress);
        using var response = await signIn.PostAsJsonAsync("/api/v1/account/login", new { userName, password = DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        var client = CreateDefaultClient(ClientOptions.BaseAddress);
        client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzApp>
{
    public const string Name = "fuzz";
}
