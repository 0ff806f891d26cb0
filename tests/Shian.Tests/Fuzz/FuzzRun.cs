using System.Diagnostics;
using System.Net.Http.Headers;

namespace Shian.Tests.Fuzz;

/// <summary>
/// Sends the fuzz requests one after another and judges each answer: never a 5xx, and every error in the form its
/// caller reads (problem+json for an API client, an HTML error page for a browser).
/// </summary>
public sealed class FuzzRun(string expectedErrorMediaType, string accept)
{
    private readonly List<string> _failures = [];
    private readonly HashSet<string> _inputs = [];
    private readonly HashSet<string> _targets = [];
    private readonly SortedDictionary<string, SortedDictionary<int, int>> _statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _samples = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public int Requests { get; private set; }

    public int ServerErrors { get; private set; }

    public IReadOnlyList<string> Failures => _failures;

    /// <summary>Sends one request; <paramref name="target"/> names the operation or page, <paramref name="input"/> the corpus case.</summary>
    public async Task SendAsync(HttpClient client, string target, string input, HttpMethod method, string url, HttpContent? content = null)
    {
        _targets.Add(target);
        _inputs.Add(input);
        Requests++;
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request);
            await response.Content.LoadIntoBufferAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ServerErrors++;
            Fail(target, input, method, url, $"threw {e.GetType().Name}: {e.Message.Split('\n')[0]}");
            return;
        }

        using var _ = response;

        var status = (int)response.StatusCode;
        if (input == "body sample" && status >= 400)
        {
            // What the plausible body still gets wrong: where to improve FuzzCorpus so the field cases reach the handler.
            var text = await response.Content.ReadAsStringAsync();
            _samples[target] = text.Length > 400 ? text[..400] : text;
        }

        var tally = _statuses.TryGetValue(target, out var t) ? t : _statuses[target] = [];
        tally[status] = tally.GetValueOrDefault(status) + 1;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (status >= 500)
        {
            ServerErrors++;
            Fail(target, input, method, url, $"{status}");
        }
        else if (status >= 400 && mediaType != expectedErrorMediaType)
        {
            Fail(target, input, method, url, $"{status} as {mediaType ?? "no content type"}, not {expectedErrorMediaType}");
        }
    }

    /// <summary>The line CI shows: how much was sent and how many server errors came back.</summary>
    public string Summary(string what) =>
        $"fuzz: {_targets.Count} {what} × {_inputs.Count} inputs = {Requests} requests, {ServerErrors} × 5xx, {_failures.Count} failures in {_clock.Elapsed.TotalSeconds:F0} s";

    /// <summary>Prints the summary (test output and console, so that CI logs show it) and fails on any failure.</summary>
    public void Report(ITestOutputHelper output, string what)
    {
        var summary = Summary(what);
        output.WriteLine(summary);
        Console.WriteLine(summary);
        foreach (var (target, tally) in _statuses)
        {
            output.WriteLine($"{target}: {string.Join(", ", tally.Select(s => $"{s.Value}×{s.Key}"))}{(_samples.TryGetValue(target, out var sample) ? " | sample refused: " + sample : "")}");
        }

        foreach (var failure in _failures)
        {
            output.WriteLine(failure);
        }

        _failures.ShouldBeEmpty(summary + "\n" + string.Join("\n", _failures.Take(300)));
    }

    private void Fail(string target, string input, HttpMethod method, string url, string what) =>
        _failures.Add($"{target} [{input}] {method} {(url.Length > 200 ? url[..200] + "…" : url)} → {what}");
}
