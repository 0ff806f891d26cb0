using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Inspections.Domain;

/// <summary>
/// One version of a 监督检查要点表 for a sector. Versions are never edited once used: an administrator adds a new
/// version (copy, edit, effective date) and inspections keep the items of the version they were started with.
/// </summary>
internal sealed class Checklist : Entity, IAudited
{
    /// <summary>production, sales or catering.</summary>
    public string Sector { get; init; } = "";

    public int Version { get; init; }

    public string Title { get; init; } = "";

    public DateOnly EffectiveFrom { get; init; }

    /// <summary>The regulation the points come from, shown with the list.</summary>
    public string Source { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = "";

    public List<ChecklistItem> Items { get; init; } = [];
}

/// <summary>One point of a checklist version: 重点项 (key) or 一般项 (general), with its points and citation.</summary>
internal sealed class ChecklistItem : Entity, IAudited
{
    public Guid ChecklistId { get; init; }

    /// <summary>Display number, e.g. 1.2.</summary>
    public string Number { get; init; } = "";

    public int Order { get; init; }

    /// <summary>The point area (检查要点), e.g. 资质, 进货查验.</summary>
    public string Area { get; init; } = "";

    public string Text { get; init; } = "";

    public bool IsKey { get; init; }

    public int Points { get; init; }

    public string Citation { get; init; } = "";
}
