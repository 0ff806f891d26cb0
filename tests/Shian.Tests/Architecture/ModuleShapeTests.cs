using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Shian.Shared.Kernel;
using Shian.Shared.Modules;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Architecture;

/// <summary>
/// The one shape of a module (docs/architecture.md): endpoints in their feature folder, types internal unless a
/// contract, events owned by their producer, messages in resources, one helper for each job. Each rule is a
/// function over source text or types, and each is shown to catch a planted violation.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class ModuleShapeTests(ShianAppFactory app)
{
    private static readonly Assembly App = typeof(Program).Assembly;

    // ---- Endpoints are mapped in Features/<UseCase>/<Name>Endpoint.cs -------------------------------------------

    [Fact]
    public void Every_endpoint_is_mapped_in_its_feature_folder() =>
        SourceTree.CSharp.SelectMany(f => EndpointViolations(f.Path, f.Text)).ShouldBeEmpty();

    [Fact]
    public void The_endpoint_rule_catches_a_module_wide_endpoints_file()
    {
        EndpointViolations("src/Shian/Modules/Licensing/Features/LicensingEndpoints.cs", "api.MapGet(\"/x\", Handle);").ShouldNotBeEmpty();
        EndpointViolations("src/Shian/Modules/Licensing/Features/Apply/ApplyEndpoint.cs", "api.MapPost(\"/x\", Handle);").ShouldBeEmpty();
    }

    private static IEnumerable<string> EndpointViolations(string path, string text)
    {
        if (!path.StartsWith("src/Shian/Modules/", StringComparison.Ordinal) || !MapCall().IsMatch(text))
        {
            return [];
        }

        return FeatureEndpointFile().IsMatch(path)
            ? []
            : SourceTree.LinesOf(text, MapCall()).Select(line => $"{path}:{line} maps an endpoint outside Features/<UseCase>/<Name>Endpoint.cs");
    }

    [GeneratedRegex(@"\.Map(Get|Post|Put|Delete|Patch|Methods)\(")]
    private static partial Regex MapCall();

    [GeneratedRegex(@"^src/Shian/Modules/\w+/Features/(\w+/)+\w+Endpoint\.cs$")]
    private static partial Regex FeatureEndpointFile();

    // ---- Module types are internal unless they are contracts or say why -----------------------------------------

    [Fact]
    public void Module_types_outside_contracts_are_not_public_without_a_stated_reason() =>
        App.GetTypes().Where(IsPublicWithoutReason).Select(t => t.FullName).ShouldBeEmpty();

    [Fact]
    public void The_visibility_rule_catches_a_public_feature_class()
    {
        IsPublicWithoutReason(typeof(Shian.Modules.Planted.Features.PlantedPublicHandler)).ShouldBeTrue();
        IsPublicWithoutReason(typeof(Shian.Modules.Planted.Features.PlantedPublicWithReason)).ShouldBeFalse();
    }

    private static bool IsPublicWithoutReason(Type type) =>
        type is { IsPublic: true, Namespace: { } ns } && ns.StartsWith("Shian.Modules.", StringComparison.Ordinal) &&
        !ns.Split('.').Contains("Contracts") &&
        !typeof(ShianModule).IsAssignableFrom(type) &&      // the descriptor is the module's public face
        !typeof(IComponent).IsAssignableFrom(type) &&       // Razor components are public by generation
        !type.Name.EndsWith("Text", StringComparison.Ordinal) && // resource markers, read by IStringLocalizer<T> in pages
        type.Name != "_Imports" &&                              // generated from _Imports.razor
        type.GetCustomAttribute<PublicBecauseAttribute>() is null;

    // ---- Events are declared in their producer's Contracts and raised only there --------------------------------

    [Fact]
    public void Every_event_is_declared_in_a_modules_contracts_and_raised_only_by_that_module()
    {
        var events = App.GetTypes().Where(t => typeof(IDomainEvent).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false }).ToList();
        events.Count.ShouldBeGreaterThan(5);
        events.Select(e => EventDeclarationViolation(e.Name, e.Namespace)).OfType<string>().ShouldBeEmpty();
        SourceTree.CSharp.SelectMany(f => RaiseViolations(f.Path, f.Text, events.ToDictionary(e => e.Name, e => OwnerOf(e.Namespace)!))).ShouldBeEmpty();
    }

    [Fact]
    public void The_event_rules_catch_a_consumer_owned_event_and_a_foreign_raise()
    {
        EventDeclarationViolation("SamplingFailed", "Shian.Modules.RiskGrading.Contracts").ShouldNotBeNull();
        EventDeclarationViolation("SamplingFailed", "Shian.Modules.Sampling.Contracts").ShouldBeNull();
        RaiseViolations("src/Shian/Modules/RiskGrading/Features/X.cs", "db.Raise(new SamplingFailed(id));", new() { ["SamplingFailed"] = "Sampling" })
            .ShouldNotBeEmpty();
    }

    private static string? OwnerOf(string? ns) => ns?.Split('.') is ["Shian", "Modules", var module, "Contracts", ..] ? module : null;

    /// <summary>An event's owner is the module whose Contracts declare it; whoever reacts depends on that module.</summary>
    private static string? EventDeclarationViolation(string name, string? ns)
    {
        if (OwnerOf(ns) is not { } owner)
        {
            return $"{ns}.{name} is an event outside a module's Contracts";
        }

        // The events whose producers are known: RiskGrading may not declare SamplingFailed.
        var producedBy = new Dictionary<string, string>
        {
            ["SamplingFailed"] = "Sampling",
            ["PenaltyDecided"] = "Penalties",
            ["ComplaintVerified"] = "Complaints",
            ["IncidentRecorded"] = "Incidents",
            ["InspectionCompleted"] = "Inspections",
            ["PenaltyReferralProposed"] = "Inspections",
            ["LicenceIssued"] = "Licensing",
            ["LicenceRevoked"] = "Licensing",
            ["OperatorRegistered"] = "Operators",
            ["RiskGradeChanged"] = "RiskGrading",
        };
        return producedBy.TryGetValue(name, out var producer) && producer != owner
            ? $"{ns}.{name} is declared by {owner}, but {producer} produces it"
            : null;
    }

    private static IEnumerable<string> RaiseViolations(string path, string text, Dictionary<string, string> owners) =>
        RaiseCall().Matches(text)
            .Where(m => owners.TryGetValue(m.Groups[1].Value, out var owner) && !path.StartsWith($"src/Shian/Modules/{owner}/", StringComparison.Ordinal))
            .Select(m => $"{path} raises {m.Groups[1].Value}, which {owners[m.Groups[1].Value]} owns");

    [GeneratedRegex(@"Raise\(\s*new\s+(\w+)\(")]
    private static partial Regex RaiseCall();

    // ---- Messages come from resources -----------------------------------------------------------------------------

    [Fact]
    public void No_chinese_literal_is_left_in_code_outside_seed_data()
    {
        var found = SourceTree.CSharp.Where(f => !IsSeedData(f.Path)).SelectMany(f => ChineseLiterals(f.Path, f.Text)).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join('\n', found));
        found.ShouldBeEmpty();
    }

    [Fact]
    public void The_literal_rule_catches_a_chinese_message_but_not_a_comment()
    {
        ChineseLiterals("x.cs", "throw Fail(\"未找到该经营者。\");").ShouldNotBeEmpty();
        ChineseLiterals("x.cs", "// 食品安全法 第一百三十五条\nvar x = \"licensing.banned\";").ShouldBeEmpty();
    }

    private static bool IsSeedData(string path) =>
        path.Contains("/Seed/", StringComparison.Ordinal) || path.Contains("/DemoData/", StringComparison.Ordinal) ||
        path.EndsWith("Hosting/LoginHints.cs", StringComparison.Ordinal); // the console banner is bilingual by design

    private static IEnumerable<string> ChineseLiterals(string path, string text)
    {
        var code = SourceTree.WithoutComments(text);
        return SourceTree.LinesOf(code, ChineseLiteral()).Select(line => $"{path}:{line}");
    }

    [GeneratedRegex(@"""[^""\n]*[\u4e00-\u9fff][^""\n]*""")]
    private static partial Regex ChineseLiteral();

    [Fact]
    public void Every_error_code_has_a_chinese_and_an_english_message()
    {
        _ = app.Services; // the host registers the message catalogues
        var codes = App.GetTypes()
            .Where(t => t.Name.EndsWith("Errors", StringComparison.Ordinal) || t.Name == "ErrorCodes")
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Distinct()
            .ToList();

        codes.Count.ShouldBeGreaterThan(50);
        var missing = codes.Where(c => MessageProblem(Messages.Find(c, CultureInfo.GetCultureInfo("zh-CN")), Messages.Find(c, CultureInfo.GetCultureInfo("en-US"))) is not null)
            .Select(c => $"{c}: {MessageProblem(Messages.Find(c, CultureInfo.GetCultureInfo("zh-CN")), Messages.Find(c, CultureInfo.GetCultureInfo("en-US")))}");
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void The_message_rule_catches_a_missing_or_untranslated_message()
    {
        MessageProblem("未找到。", null).ShouldNotBeNull();
        MessageProblem("未找到。", "未找到。").ShouldNotBeNull();
        MessageProblem("未找到。", "Not found.").ShouldBeNull();
        MessageProblem("{0}", "{0}").ShouldBeNull(); // a code whose wording is passed in whole
    }

    private static string? MessageProblem(string? chinese, string? english)
    {
        if (chinese is null || english is null)
        {
            return "no Chinese or no English message";
        }

        return ChineseLiteral().IsMatch('"' + english + '"') && english != chinese.Replace("{0}", "", StringComparison.Ordinal)
            ? "the English message is Chinese"
            : english == chinese && ChineseLiteral().IsMatch('"' + chinese + '"') ? "the English message is the Chinese one" : null;
    }

    // ---- One helper for each job ------------------------------------------------------------------------------------

    [Theory]
    [InlineData(@"\bnew ShianException\(", "src/Shian/Shared/Kernel/ShianException.cs", "refusals go through ShianException's factories (messages from resources)")]
    [InlineData(@"static ShianException Invalid\(", "src/Shian/Shared/Kernel/ShianException.cs", "one Invalid(code, field) factory")]
    [InlineData(@"""Rule [^""]*is missing", "src/Shian/Modules/Administration/Contracts/IRuleBook.cs", "IRuleBook.RequireAsync says a rule is missing")]
    [InlineData(@"\.IgnoreQueryFilters\(\)", "src/Shian/Shared/Persistence/UnscopedQueries.cs", "Unscoped(reason) lifts the scope filter by name")]
    [InlineData(@"FromHours\(8\)|AddHours\(8\)|ToOffset\(TimeSpan", "src/Shian/Shared/Kernel/ChinaTime.cs", "ChinaTime formats every time a person reads")]
    [InlineData(@"Level == ""(Town|District|City)""", "src/Shian/Modules/Administration/Contracts/JurisdictionLevels.cs", "JurisdictionLevels names the levels")]
    [InlineData(@"<select name=""(townCode|TownCode|premisesTownCode)""", "src/Shian/Modules/Administration/Contracts/Ui/TownPicker.razor", "TownPicker is the town select")]
    [InlineData(@"[(,]\s*Policy = ""\w+\.\w+""|\bPolicy=""\w+\.\w+""|RequireAuthorization\(""\w+\.\w+""", "src/Shian/Shared/Modules/NavEntry.cs", "policy names are constants of the module's permissions")]
    public void A_job_with_a_shared_helper_is_done_only_by_that_helper(string pattern, string home, string why)
    {
        var regex = new Regex(pattern);
        var copies = SourceTree.All.Where(f => f.Path != home && !IsSeedData(f.Path))
            .SelectMany(f => SourceTree.LinesOf(SourceTree.WithoutComments(f.Text), regex).Select(line => $"{f.Path}:{line}"))
            .ToList();

        copies.ShouldBeEmpty(why);
    }

    [Fact]
    public void Every_unscoped_read_states_its_reason()
    {
        var calls = SourceTree.CSharp.SelectMany(f => UnscopedCall().Matches(f.Text).Select(m => (f.Path, Reason: m.Groups[1].Value))).ToList();

        foreach (var (path, reason) in calls.OrderBy(c => c.Path, StringComparer.Ordinal))
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{path}: {reason}");
        }

        calls.ShouldAllBe(c => c.Reason.Length >= 10);
    }

    [GeneratedRegex(@"\.Unscoped\(\s*""([^""]*)""")]
    private static partial Regex UnscopedCall();
}
