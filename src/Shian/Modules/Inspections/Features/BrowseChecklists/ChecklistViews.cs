namespace Shian.Modules.Inspections.Features.BrowseChecklists;

internal sealed record ChecklistSummary(Guid Id, string Sector, int Version, string Title, DateOnly EffectiveFrom, int ItemCount, string Source);

internal sealed record ChecklistView(
    Guid Id, string Sector, int Version, string Title, DateOnly EffectiveFrom, string Source, DateTimeOffset CreatedAt,
    string CreatedBy, IReadOnlyList<ChecklistItemView> Items);

internal sealed record ChecklistItemView(Guid Id, string Number, string Area, string Text, bool IsKey, int Points, string Citation);
