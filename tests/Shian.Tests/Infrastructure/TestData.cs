using System.Net.Http.Json;
using System.Text.Json;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel.Identifiers;

namespace Shian.Tests.Infrastructure;

/// <summary>Builders for request bodies with valid, unique identifiers.</summary>
public static class TestData
{
    public const string TaishanTown = "440781001";   // 台山市 台城街道
    public const string XinhuiTown = "440705001";    // 新会区 会城街道
    public const string XinhuiOtherTown = "440705002"; // 新会区 大泽镇

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A fresh unified social credit code that passes both GB 32100 checks.</summary>
    public static string NewCreditCode(string districtCode = "440781")
    {
        var body = new char[8];
        for (var i = 0; i < 8; i++)
        {
            body[i] = CreditCodes.Charset[Random.Shared.Next(CreditCodes.Charset.Length)];
        }

        return CreditCodes.Compose('9', '1', districtCode, new string(body));
    }

    /// <summary>A fresh GB 11643 ID number (台山, born 1970–2002) with a valid check character.</summary>
    public static string NewIdNumber()
    {
        var first17 = $"440781{new DateOnly(1970, 1, 1).AddDays(Random.Shared.Next(0, 12000)):yyyyMMdd}{Random.Shared.Next(0, 1000):D3}";
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    public static Dictionary<string, object?> Operator(string town = TaishanTown, string? name = null, string? code = null) => new()
    {
        ["creditCode"] = code ?? NewCreditCode(town[..6]),
        ["name"] = name ?? "测试餐馆" + Guid.NewGuid().ToString("N")[..6],
        ["entityType"] = "Enterprise",
        ["legalRepresentative"] = "张三",
        ["legalRepresentativeIdNumber"] = "11010519491231002X",
        ["phone"] = "13812345678",
        ["registeredAddress"] = "江门市测试路1号",
        ["jurisdictionCode"] = town,
        ["categories"] = new[] { "catering" },
    };

    /// <summary>A short unique token for names, so that a search finds only this test's rows.</summary>
    public static string Token() => Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    /// <summary>A well-formed code whose final check character (position 18) is wrong.</summary>
    public static string CreditCodeWithBadFinalCheck(string districtCode = "440781")
    {
        var good = NewCreditCode(districtCode);
        var wrong = UnifiedSocialCreditCode.Charset.First(c => c != good[17]);
        return good[..17] + wrong;
    }

    /// <summary>Creates an operator as <paramref name="client"/> and returns its id.</summary>
    public static async Task<Guid> CreateOperatorAsync(HttpClient client, Dictionary<string, object?>? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/operators", body ?? Operator());
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return created.GetProperty("id").GetGuid();
    }
}
