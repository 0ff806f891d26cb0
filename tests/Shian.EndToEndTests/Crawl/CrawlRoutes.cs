using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Operators.Contracts;

namespace Shian.EndToEndTests.Crawl;

/// <summary>
/// Every page of the app, from its route table (each Razor component's <c>@page</c>), turned into URLs with
/// real ids. A new page with a route parameter the crawler cannot fill fails the crawl, so no page is left out.
/// </summary>
public static class CrawlRoutes
{
    /// <summary>A value no row has, for pages opened with an id that does not exist (what a forged QR opens).</summary>
    private const string UnknownGuid = "00000000-0000-4000-8000-000000000001";

    private static readonly string[] LifecycleActions = ["change", "renewal", "replacement", "cancellation"];

    /// <summary>The operator file's own tabs; the modules add theirs through <see cref="OperatorFileTab"/>.</summary>
    private static readonly string[] OperatorFileTabs = ["overview", "premises", "timeline", "audit"];

    public static IReadOnlyList<string> Templates { get; } = typeof(Program).Assembly.GetTypes()
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
        .Select(r => r.Template)
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The URLs to open for every route template; throws on a template this class does not know.</summary>
    public static IReadOnlyList<string> Urls(CrawlIds ids, IServiceProvider services)
    {
        var tabs = OperatorFileTabs.Concat(services.GetServices<OperatorFileTab>().OrderBy(t => t.Order).Select(t => t.Key));
        var urls = new List<string>();
        foreach (var template in Templates)
        {
            if (!template.Contains('{', StringComparison.Ordinal))
            {
                urls.Add(template);
                continue;
            }

            string[] filled = template switch
            {
                "/inspections/public/operators/{OperatorId}" => [Fill(template, ids["inspection.operator"])],
                "/inspections/public/{Id}" => [Fill(template, ids["inspection.signed"])],
                "/inspections/{Id:guid}" or "/inspections/{Id:guid}/fill" =>
                    [Fill(template, ids["inspection.signed"]), Fill(template, ids["inspection.open"])],
                "/licensing/applications/{Id:guid}" => [Fill(template, ids["application"])],
                "/licensing/licences/{Number}/{Action}" =>
                    [.. LifecycleActions.Select(a => $"/licensing/licences/{ids["licence"] ?? "JY19999999999999"}/{a}")],
                "/licensing/revoke/{Number}" or "/verify/licence/{Number}" =>
                    [Fill(template, ids["licence"]), Fill(template, "JY19999999999999")],
                "/operators/{Id:guid}" => [.. tabs.Select(tab => Fill(template, ids["operator"]) + "?tab=" + tab)],
                "/operators/{Id:guid}/edit" or "/riskgrading/operators/{OperatorId:guid}" => [Fill(template, ids["operator"])],
                "/portal/establishments/{Id:guid}" => [Fill(template, ids["establishment"]), Fill(template, UnknownGuid)],
                "/randomchecks/public/{TaskId:guid}" or "/randomchecks/{Id:guid}" => [Fill(template, ids["randomcheck"])],
                "/registration/review/{Id:guid}" => [Fill(template, ids["registration"])],
                "/riskgrading/plans/{PlanId:guid}" => [Fill(template, ids["plan"])],
                "/verify/document/{Code}" => [Fill(template, ids["document"]), Fill(template, "ZZZZZZZZZZZZ")],
                "/verify/filing/{Number}" => [Fill(template, ids["filing"]), Fill(template, "YB19999999999999")],
                _ => throw new InvalidOperationException($"The crawler does not know how to fill {template}: add it to CrawlRoutes."),
            };
            urls.AddRange(filled);
        }

        return urls.Distinct().ToList();
    }

    /// <summary>The template with its one parameter replaced (an unknown id when the demo data has none).</summary>
    private static string Fill(string template, string? value)
    {
        var start = template.IndexOf('{', StringComparison.Ordinal);
        var end = template.IndexOf('}', start);
        return template[..start] + Uri.EscapeDataString(value ?? UnknownGuid) + template[(end + 1)..];
    }
}
