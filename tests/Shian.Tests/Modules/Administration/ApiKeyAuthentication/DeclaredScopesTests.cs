using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Shian.Shared.Security;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Administration.ApiKeyAuthentication;

/// <summary>
/// Issue 11, finding 11: five scopes that permissions declare (<c>licensing:read</c>, <c>licensing:apply</c>,
/// <c>inspections:read</c>, <c>riskgrading:read</c>, <c>operators:own</c>) could not be granted to an API key
/// (400 <c>administration.unknown_scope</c> on the old code, whose list of grantable scopes was hand-written).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DeclaredScopesTests(ShianAppFactory app)
{
    [Fact]
    public async Task Every_scope_a_permission_declares_can_be_granted_and_used()
    {
        var declared = app.Services.GetServices<Permission>().Select(p => p.ApiScope).OfType<string>().Distinct().ToList();
        declared.ShouldContain("licensing:read");
        declared.ShouldContain("operators:own");
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        foreach (var scope in declared)
        {
            var response = await admin.PostAsJsonAsync(AdministrationApiPaths.ApiKeys,
                new { name = "范围" + scope + TestData.Token(), scopes = new[] { scope }, jurisdictionCode = "440700" }, TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, $"{scope}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        }
    }

    [Fact]
    public async Task A_licensing_read_key_reads_the_licensing_registry()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var created = await (await admin.PostAsJsonAsync(AdministrationApiPaths.ApiKeys,
            new { name = "许可查询" + TestData.Token(), scopes = new[] { "licensing:read" }, jurisdictionCode = "440700" }, TestContext.Current.CancellationToken)).ReadJsonAsync();
        using var machine = app.AnonymousClient();
        machine.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", created.GetProperty("key").GetString());

        // Authorised: the answer is "no such licence", not 403.
        await (await machine.GetAsync("/api/v1/licensing/licences/JY10000000000000", TestContext.Current.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.licence_not_found");
    }
}
