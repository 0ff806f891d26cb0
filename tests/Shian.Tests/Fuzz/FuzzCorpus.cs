namespace Shian.Tests.Fuzz;

/// <summary>
/// The fixed, deterministic inputs the fuzz suite sends. Nothing here is random: a run sends the same requests in the
/// same order, so a failure reproduces. Add a case by adding a line; README.md says where each list is used.
/// </summary>
public static class FuzzCorpus
{
    /// <summary>Written into JSON in place of a string value, then swapped for the raw escape: a lone UTF-16 surrogate cannot live in a .NET string that serialises.</summary>
    public const string LoneSurrogateMarker = "\"__fuzz_lone_surrogate__\"";

    /// <summary>An id no row has.</summary>
    public static readonly Guid UnknownId = new("0badf00d-0000-4000-8000-000000000001");

    /// <summary>
    /// Plausible strings for the base body, so that a bad value in one field meets a body whose other fields pass
    /// validation and the request reaches the handler: the first that fits the field's pattern is used.
    /// </summary>
    public static readonly string[] PatternCandidates =
    [
        "440705001", "440705", "11010519491231002X", "13812345678", "Confirmed", "lost", "licensing.materials", "catering",
        "120", "01:00:00", "1",
    ];

    /// <summary>Plausible strings by field name (a part of it), before the pattern candidates.</summary>
    public static readonly (string Name, string Value)[] NamedStrings =
    [
        ("creditCode", Shian.Modules.Operators.Contracts.CreditCodes.Compose('9', '1', "440705", "12345678")),
        ("townCode", "440705001"), ("jurisdiction", "440705001"), ("districtCode", "440705"), ("phone", "13812345678"),
        ("email", "fuzz@example.com"), ("idNumber", "11010519491231002X"), ("categor", "catering"), ("sector", "catering"),
        ("password", "Fuzz@Pass2026"), ("items", "prepackaged"), ("kind", "routine"), ("address", "江门市新会区会城街道测试路1号"),
        ("date", "2027-03-05"), ("scopes", "operators:read"),
    ];

    /// <summary>Plausible numbers by field name (a part of it).</summary>
    public static readonly (string Name, int Value)[] NamedNumbers = [("year", 2026)];

    public static readonly string OneMegabyte = new('a', 1024 * 1024);

    public static readonly string TwentyMegabytes = new('a', 20 * 1024 * 1024);

    /// <summary>Query values for every declared query parameter (already URL-encoded where that matters).</summary>
    public static readonly (string Name, string Encoded)[] QueryValues =
    [
        ("abc", "abc"), ("overflow", "99999999999"), ("exponent", "1e3"), ("nul", "%00"), ("leading space", "%201"),
        ("percent", "%25"), ("underscore", "_"), ("quote", "'"), ("empty", ""), ("negative", "-1"), ("huge int", "99999999999999999999999"),
        ("not a guid", "00000000-0000-0000-0000-00000000000g"), ("rtl", "%E2%80%AE1"), ("bad escape", "%zz"),
    ];

    /// <summary>Values for path parameters (besides the real ids the suite finds in the demo data).</summary>
    public static readonly (string Name, string Encoded)[] PathValues =
    [
        ("unknown id", UnknownId.ToString()), ("other type", "abc"), ("overflow", "99999999999"), ("negative", "-1"),
        ("empty guid", Guid.Empty.ToString()), ("quote", "%27"), ("percent", "%25"), ("unicode", "%E6%B5%8B"),
    ];

    /// <summary>String values put in each string field of a JSON body, one at a time.</summary>
    public static readonly (string Name, string? Value)[] Strings =
    [
        ("empty string", ""), ("lone surrogate", null), ("nul", "a\0b"), ("rtl mark", "\u202e1234"), ("percent", "%"),
        ("underscore", "_"), ("quote", "'; --"), ("whitespace", " 1 "), ("overflow digits", "99999999999999999999"),
        ("full-width digits", "４４０７０５"), ("1 MB", OneMegabyte),
    ];

    /// <summary>Whole-body inputs, sent to every operation that takes a body.</summary>
    public static readonly (string Name, string? Body, string? ContentType)[] Bodies =
    [
        ("no body", null, null),
        ("empty json body", "", "application/json"),
        ("not json", "abc", "application/json"),
        ("json null", "null", "application/json"),
        ("json array", "[]", "application/json"),
        ("json string", "\"x\"", "application/json"),
        ("json number", "1", "application/json"),
        ("deep nesting", new string('[', 5000) + new string(']', 5000), "application/json"),
        ("nul byte", "{\"a\":\"\0\"}", "application/json"),
        ("lone surrogate key", "{\"\\ud800\":1}", "application/json"),
        ("form body", "a=1&b=%00", "application/x-www-form-urlencoded"),
        ("multipart without boundary", "--x\r\n", "multipart/form-data"),
    ];
}
