using System.Reflection;
using NetArchTest.Rules;

namespace Shian.Tests.Architecture;

/// <summary>
/// The modular monolith's walls: a module may use another only through its Contracts namespace. The rules are
/// generated from the folders under src/Shian/Modules, so a new module is covered the day it is added.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly App = typeof(Program).Assembly;
    private static readonly string SourceRoot = FindSourceRoot();
    private static readonly string[] ModuleNames =
        [.. Directory.GetDirectories(Path.Combine(SourceRoot, "src", "Shian", "Modules")).Select(Path.GetFileName).Order()!];

    public static TheoryData<string, string> ModulePairs()
    {
        var pairs = new TheoryData<string, string>();
        foreach (var from in ModuleNames)
        {
            foreach (var to in ModuleNames.Where(m => m != from))
            {
                pairs.Add(from, to);
            }
        }

        return pairs;
    }

    public static TheoryData<string> Modules() => [.. ModuleNames];

    [Fact]
    public void The_module_folders_are_found_and_each_has_code_in_its_namespace()
    {
        ModuleNames.ShouldContain("Operators");
        ModuleNames.ShouldContain("Audit");
        ModuleNames.ShouldContain("Administration");
        foreach (var module in ModuleNames)
        {
            TypesOf(module).ShouldNotBeEmpty($"no types in Shian.Modules.{module}");
        }
    }

    [Theory]
    [MemberData(nameof(ModulePairs))]
    public void A_module_uses_another_only_through_its_contracts(string from, string to)
    {
        var internals = InternalTypeNamesOf(to);
        if (internals.Length == 0)
        {
            return;
        }

        var result = Types.InAssembly(App).That().ResideInNamespace($"Shian.Modules.{from}")
            .ShouldNot().HaveDependencyOnAny(internals).GetResult();

        result.IsSuccessful.ShouldBeTrue(
            $"Shian.Modules.{from} uses Shian.Modules.{to} outside its Contracts: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_boundary_rule_does_catch_a_dependency()
    {
        // Operators does use Administration and Audit (through their contracts), so the same matching over the
        // contract types must find those dependencies: the rule above is not vacuous.
        var contracts = App.GetTypes().Where(t => t.Namespace == "Shian.Modules.Administration.Contracts").Select(t => t.FullName!).ToArray();

        var result = Types.InAssembly(App).That().ResideInNamespace("Shian.Modules.Operators")
            .ShouldNot().HaveDependencyOnAny(contracts).GetResult();

        result.IsSuccessful.ShouldBeFalse();
    }

    [Fact]
    public void Shared_code_depends_on_no_module()
    {
        var result = Types.InAssembly(App).That().ResideInNamespace("Shian.Shared")
            .ShouldNot().HaveDependencyOn("Shian.Modules").GetResult();

        result.IsSuccessful.ShouldBeTrue($"Shared types that use a module: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Contracts_do_not_expose_entity_framework()
    {
        var result = Types.InAssembly(App).That().ResideInNamespaceEndingWith(".Contracts")
            .ShouldNot().HaveDependencyOn("Microsoft.EntityFrameworkCore").GetResult();

        Types.InAssembly(App).That().ResideInNamespaceEndingWith(".Contracts").GetTypes().ShouldNotBeEmpty();
        result.IsSuccessful.ShouldBeTrue($"Contracts that use EF Core: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Contracts_do_not_expose_a_modules_domain_or_data()
    {
        var result = Types.InAssembly(App).That().ResideInNamespaceEndingWith(".Contracts")
            .ShouldNot().HaveDependencyOnAny([.. ModuleNames.SelectMany(m => new[] { $"Shian.Modules.{m}.Domain", $"Shian.Modules.{m}.Data" })])
            .GetResult();

        result.IsSuccessful.ShouldBeTrue($"Contracts that expose internals: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_module_folder_has_a_readme(string module) =>
        File.Exists(Path.Combine(SourceRoot, "src", "Shian", "Modules", module, "README.md"))
            .ShouldBeTrue($"src/Shian/Modules/{module}/README.md is missing: say what the module owns, its contract, events and permissions");

    private static Type[] TypesOf(string module) =>
        [.. App.GetTypes().Where(t => t.Namespace is { } ns && (ns == $"Shian.Modules.{module}" || ns.StartsWith($"Shian.Modules.{module}.", StringComparison.Ordinal)))];

    /// <summary>Every type of the module except its Contracts, by full name (nested types are covered by their outer type).</summary>
    private static string[] InternalTypeNamesOf(string module) =>
        [.. TypesOf(module).Where(t => !IsContract(t, module) && !t.IsNested).Select(t => t.FullName!)];

    private static bool IsContract(Type type, string module) =>
        type.Namespace == $"Shian.Modules.{module}.Contracts" ||
        type.Namespace?.StartsWith($"Shian.Modules.{module}.Contracts.", StringComparison.Ordinal) == true;

    private static string FindSourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Shian.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Shian.slnx not found above " + AppContext.BaseDirectory);
    }
}
