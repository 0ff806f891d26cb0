using Shian.Shared.Kernel;

namespace Shian.Modules.RiskGrading.Domain;

/// <summary>An operator's yearly work in a plan: its town and the inspections it needs (the weight).</summary>
internal sealed record PlanTask(int Index, string TownCode, int Weight);

/// <summary>An inspector who may be assigned: <see cref="ScopeCode"/> is their jurisdiction (district or town code).</summary>
internal sealed record PlanInspector(Guid UserId, string Name, string ScopeCode);

/// <summary>
/// Assigns each operator's yearly inspections to one responsible inspector, balancing visits.
/// <para>Algorithm (greedy least-loaded, "longest processing time first", with town affinity):</para>
/// <list type="number">
/// <item>Eligible inspectors of a task: those whose jurisdiction covers the operator's town, below city level;
/// only if there is none, city-level inspectors; if still none the task stays unassigned.</item>
/// <item>Tasks are taken most constrained first (fewest eligible inspectors), then heaviest first (D before A),
/// then by town, so that the many one-visit tasks come last and level the loads.</item>
/// <item>Each task goes to the eligible inspector with the least load (visits so far); ties go to one who already
/// has work in that town (fewer trips), then to the one with fewer towns, then by name.</item>
/// </list>
/// <para>Bound: when every inspector is eligible for every task, the greedy order guarantees max − min ≤ the
/// heaviest task (4 visits), and ≤ 1 visit once the one-visit tasks number at least (inspectors − 1) × heaviest
/// weight — true of every real district, where A/B operators are the majority. Restricted eligibility (town-level
/// inspectors) balances within each group of interchangeable inspectors only.</para>
/// </summary>
internal static class WorkloadBalancer
{
    public static Guid?[] Assign(IReadOnlyList<PlanTask> tasks, IReadOnlyList<PlanInspector> inspectors)
    {
        var result = new Guid?[tasks.Count];
        var load = inspectors.ToDictionary(i => i.UserId, _ => 0);
        var towns = inspectors.ToDictionary(i => i.UserId, _ => new HashSet<string>(StringComparer.Ordinal));
        var eligibleByTown = new Dictionary<string, PlanInspector[]>(StringComparer.Ordinal);

        PlanInspector[] Eligible(string town)
        {
            if (!eligibleByTown.TryGetValue(town, out var list))
            {
                list = [.. inspectors.Where(i => !JurisdictionCodes.IsCity(i.ScopeCode) && JurisdictionCodes.Contains(i.ScopeCode, town))];
                if (list.Length == 0)
                {
                    list = [.. inspectors.Where(i => JurisdictionCodes.IsCity(i.ScopeCode))];
                }

                eligibleByTown[town] = list;
            }

            return list;
        }

        var ordered = tasks
            .OrderBy(t => Eligible(t.TownCode).Length)
            .ThenByDescending(t => t.Weight)
            .ThenBy(t => t.TownCode, StringComparer.Ordinal)
            .ThenBy(t => t.Index);
        foreach (var task in ordered)
        {
            var eligible = Eligible(task.TownCode);
            if (eligible.Length == 0)
            {
                continue;
            }

            var chosen = eligible
                .OrderBy(i => load[i.UserId])
                .ThenBy(i => towns[i.UserId].Contains(task.TownCode) ? 0 : 1)
                .ThenBy(i => towns[i.UserId].Count)
                .ThenBy(i => i.Name, StringComparer.Ordinal)
                .ThenBy(i => i.UserId)
                .First();
            load[chosen.UserId] += task.Weight;
            towns[chosen.UserId].Add(task.TownCode);
            result[task.Index] = chosen.UserId;
        }

        return result;
    }
}
