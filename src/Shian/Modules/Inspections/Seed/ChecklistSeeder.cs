using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Inspections.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Inspections.Seed;

/// <summary>
/// Seeds the first version of each sector's checklist from <c>Seed/inspections.checklists.json</c>. Idempotent per
/// (sector, version): an administrator's later versions are kept, and seeded versions are never overwritten.
/// </summary>
internal sealed class ChecklistSeeder(ShianDbContext db, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Shian.Seed.inspections.checklists.json")
            ?? throw new InvalidOperationException("Seed file inspections.checklists.json is not embedded.");
        var file = await JsonSerializer.DeserializeAsync<SeedFileModel>(stream, Json, ct)
            ?? throw new InvalidOperationException("Seed file inspections.checklists.json is empty.");
        var existing = (await db.Set<Checklist>().Select(c => new { c.Sector, c.Version }).ToListAsync(ct))
            .Select(c => (c.Sector, c.Version)).ToHashSet();
        foreach (var seed in file.Checklists.Where(c => !existing.Contains((c.Sector, c.Version))))
        {
            var checklist = new Checklist
            {
                Sector = seed.Sector,
                Version = seed.Version,
                Title = seed.Title,
                EffectiveFrom = seed.EffectiveFrom,
                Source = seed.Source,
                CreatedAt = time.GetUtcNow(),
                CreatedBy = "system",
            };
            checklist.Items.AddRange(seed.Items.Select((i, index) => new ChecklistItem
            {
                ChecklistId = checklist.Id,
                Number = i.Number,
                Order = index + 1,
                Area = i.Area,
                Text = i.Text,
                IsKey = i.Key,
                Points = i.Points,
                Citation = i.Citation,
            }));
            db.Add(checklist);
        }

        await db.SaveChangesAsync(ct);
    }

    private sealed record SeedFileModel(List<SeedChecklist> Checklists);

    private sealed record SeedChecklist(string Sector, int Version, string Title, DateOnly EffectiveFrom, string Source, List<SeedItem> Items);

    private sealed record SeedItem(string Number, string Area, string Text, bool Key, int Points, string Citation);
}
