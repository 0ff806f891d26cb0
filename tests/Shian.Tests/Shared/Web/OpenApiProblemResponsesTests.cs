using System.Text.Json;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Shared.Web;

/// <summary>A machine client reads in the API description every problem response an operation can return, with its codes.</summary>
[Collection(AppCollection.Name)]
public sealed class OpenApiProblemResponsesTests(ShianAppFactory app)
{
    [Fact]
    public async Task Every_api_operation_lists_its_problem_responses_with_their_codes()
    {
        using var client = app.AnonymousClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var operations = 0;
        var missing = new List<string>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                operations++;
                var responses = operation.Value.GetProperty("responses");
                foreach (var status in new[] { "400", "401", "403", "500" })
                {
                    if (!responses.TryGetProperty(status, out var response) ||
                        !response.GetProperty("content").TryGetProperty("application/problem+json", out _) ||
                        !response.GetProperty("description").GetString()!.Contains("Problem codes: ", StringComparison.Ordinal))
                    {
                        missing.Add($"{operation.Name.ToUpperInvariant()} {path.Name} {status}");
                    }
                }
            }
        }

        operations.ShouldBeGreaterThan(100);
        missing.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_operation_declares_the_codes_of_its_own_rules()
    {
        using var client = app.AnonymousClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var unauthorized = document.RootElement.GetProperty("paths").GetProperty("/api/v1/account/login").GetProperty("post")
            .GetProperty("responses").GetProperty("401").GetProperty("description").GetString() ?? "";

        unauthorized.ShouldContain("security.unauthenticated");
    }
}
