using System.Text.Json;

namespace Shian.Modules.Registration.Domain;

/// <summary>One evaluated check of a decision: stable code, whether it passed, a Chinese explanation and its citation.</summary>
internal sealed record CheckOutcome(string Check, bool Passed, string Explanation, string Citation)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The checks as the application keeps them (<see cref="RegistrationApplication.ChecksJson"/>).</summary>
    public static string Serialize(IReadOnlyList<CheckOutcome> checks) => JsonSerializer.Serialize(checks, Json);

    public static IReadOnlyList<CheckOutcome> Parse(string json) => JsonSerializer.Deserialize<List<CheckOutcome>>(json, Json) ?? [];
}
