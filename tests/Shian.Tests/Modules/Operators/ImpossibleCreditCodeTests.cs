using System.Net;
using System.Net.Http.Json;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Operators;

/// <summary>
/// Issue 11, finding 12: credit codes whose check characters are right but whose registration authority, entity
/// category or division code GB 32100 / GB/T 2260 does not define were registered without a word (201 on the old
/// code). Now they are a warning like a failed check character: 422 until an authorised user gives a reason.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ImpossibleCreditCodeTests(ShianAppFactory app)
{
    [Theory]
    [InlineData("00440705123456788Y")] // authority 0 does not exist
    [InlineData("YY000000123456788B")] // category Y under authority Y, division 000000
    [InlineData("99999999123456788Y")] // category 9 under 市场监管, division 999999
    public async Task An_impossible_code_needs_an_override_reason(string code)
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);

        var refused = await client.PostAsJsonAsync(OperatorsApiPaths.Operators, TestData.Operator(code: code), TestContext.Current.CancellationToken);
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "operators.credit_code_check_failed");
        problem.GetProperty("errors").TryGetProperty("creditCodeOverrideReason", out _).ShouldBeTrue();

        var body = TestData.Operator(code: code);
        body["creditCodeOverrideReason"] = "营业执照原件上的代码即为此代码，已电话核实";
        (await client.PostAsJsonAsync(OperatorsApiPaths.Operators, body, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("00440705123456788Y", "UnknownAuthority")]
    [InlineData("YY000000123456788B", "UnknownCategory")]
    [InlineData("91999999123456788Y", "UnknownDivision")]
    public async Task The_check_endpoint_explains_what_is_impossible(string code, string outcome)
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);

        var result = await (await client.PostAsJsonAsync(OperatorsApiPaths.CreditCodeCheck, new { code }, TestContext.Current.CancellationToken)).ReadJsonAsync();

        result.GetProperty("outcome").GetString().ShouldBe(outcome);
        result.GetProperty("overridable").GetBoolean().ShouldBeTrue();
        result.GetProperty("isValid").GetBoolean().ShouldBeFalse();
    }
}
