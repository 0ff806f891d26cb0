namespace Shian.Benchmarks.Scenarios;

/// <summary>
/// What people type into the operator search box: one Chinese character (a surname, 记), two (a trade name,
/// a place), three or more (a road, a kind of shop, a code fragment, a name that matches nothing), and a town
/// filter with and without text. The words come from the demo data generator, so they hit real rows.
/// </summary>
internal static class QueryMix
{
    public const string HuichengTown = "440705001";   // 新会区 会城街道
    public const string TaichengTown = "440781001";   // 台山市 台城街道

    public static readonly IReadOnlyList<SearchQuery> All =
    [
        new("1 char", "陈", null),
        new("1 char", "记", null),
        new("1 char", "鸿", null),
        new("2 chars", "好味", null),
        new("2 chars", "台山", null),
        new("2 chars", "烧腊", null),
        new("3+ chars", "江门市", null),
        new("3+ chars", "粥粉面店", null),
        new("3+ chars", "白沙大道", null),
        new("3+ chars", "91440705", null),
        new("3+ chars", "没有这家店", null),
        new("town filter", null, HuichengTown),
        new("town filter", "店", HuichengTown),
        new("town filter", "好味", TaichengTown),
    ];

    /// <summary>The same page (first 20 in name order, with the total) with no text and no town: no LIKE at all.</summary>
    public static readonly SearchQuery Unfiltered = new("baseline", null, null);

    public static IReadOnlyList<string> ClassNames => [.. All.Select(q => q.Class).Distinct()];

    public static IReadOnlyList<string> ApiPaths => [.. All.Select(q => q.ApiPath)];
}

internal sealed record SearchQuery(string Class, string? Text, string? Town)
{
    public string Label => (Text, Town) switch
    {
        (null, null) => "(no filter)",
        (_, null) => $"q={Text}",
        (null, _) => $"town={Town}",
        _ => $"q={Text} town={Town}",
    };

    public string ApiPath
    {
        get
        {
            var parts = new List<string>();
            if (Text is not null)
            {
                parts.Add("q=" + Uri.EscapeDataString(Text));
            }

            if (Town is not null)
            {
                parts.Add("jurisdiction=" + Town);
            }

            return "/api/v1/operators" + (parts.Count == 0 ? "" : "?" + string.Join('&', parts));
        }
    }
}
