using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Domain;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Administration.Seed;

/// <summary>
/// Reference data every deployment needs: roles, jurisdictions, the holiday calendar and the rule tables.
/// Idempotent: only rows that are missing are added, so an administrator's edits survive restarts.
/// </summary>
internal sealed class ReferenceDataSeeder(ShianDbContext db, RoleManager<ShianRole> roles)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var role in Roles.All.Append(Roles.MachineClient))
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new ShianRole(role));
            }
        }

        await SeedJurisdictionsAsync(ct);
        await SeedCalendarAsync(ct);
        await SeedRulesAsync(ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedJurisdictionsAsync(CancellationToken ct)
    {
        var existing = (await db.Set<Jurisdiction>().Select(j => j.Code).ToListAsync(ct)).ToHashSet();
        var file = SeedFile.Read<JurisdictionFile>("jurisdictions");
        var order = 0;
        foreach (var j in file.Jurisdictions)
        {
            order++;
            if (!existing.Contains(j.Code))
            {
                db.Add(new Jurisdiction
                {
                    Code = j.Code,
                    Name = j.Name,
                    Level = Enum.Parse<JurisdictionLevel>(j.Level),
                    ParentCode = j.Parent,
                    Population = j.Population,
                    SortOrder = order,
                });
            }
        }
    }

    private async Task SeedCalendarAsync(CancellationToken ct)
    {
        var existing = (await db.Set<CalendarDay>().Select(d => d.Date).ToListAsync(ct)).ToHashSet();
        foreach (var d in SeedFile.Read<CalendarFile>("calendar").Days.Where(d => !existing.Contains(d.Date)))
        {
            db.Add(new CalendarDay { Date = d.Date, Kind = Enum.Parse<CalendarDayKind>(d.Kind), Name = d.Name, Source = d.Source });
        }
    }

    private async Task SeedRulesAsync(CancellationToken ct)
    {
        var existing = (await db.Set<RuleRow>().Select(r => new { r.RuleSet, r.Key, r.EffectiveFrom }).ToListAsync(ct))
            .Select(r => (r.RuleSet, r.Key, r.EffectiveFrom)).ToHashSet();
        // Modules other than Administration ship their own rule rows as Seed/<module>.rules.json.
        var rows = SeedFile.RuleFileNames().SelectMany(name => SeedFile.Read<RuleFile>(name).Rules);
        foreach (var r in rows.Where(r => !existing.Contains((r.RuleSet, r.Key, r.EffectiveFrom))))
        {
            db.Add(new RuleRow
            {
                RuleSet = r.RuleSet,
                Key = r.Key,
                Value = r.Value,
                Unit = r.Unit,
                EffectiveFrom = r.EffectiveFrom,
                Source = r.Source,
                Article = r.Article,
                Confidence = r.Confidence,
                Note = r.Note,
            });
        }
    }

    private sealed record JurisdictionFile(List<JurisdictionSeed> Jurisdictions);

    private sealed record JurisdictionSeed(string Code, string Name, string Level, string? Parent, long? Population);

    private sealed record CalendarFile(List<CalendarSeed> Days);

    private sealed record CalendarSeed(DateOnly Date, string Kind, string Name, string Source);

    private sealed record RuleFile(List<RuleSeed> Rules);

    private sealed record RuleSeed(
        string RuleSet, string Key, string Value, string? Unit, DateOnly EffectiveFrom, string Source, string? Article, string Confidence, string? Note = null);
}
