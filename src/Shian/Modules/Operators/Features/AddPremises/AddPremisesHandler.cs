using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Modules.Operators.Features.EditOperator;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Web;

namespace Shian.Modules.Operators.Features.AddPremises;

/// <summary>Adds a place of business to an operator; the premises may lie in another town than the seat.</summary>
internal sealed class AddPremisesHandler(ShianDbContext db, IJurisdictionDirectory jurisdictions, IOperatorTimeline timeline)
{
    public async Task<Guid> AddAsync(Guid operatorId, PremisesForm form, CancellationToken ct)
    {
        var entity = await db.Set<Operator>().Include(o => o.Premises).FirstOrDefaultAsync(o => o.Id == operatorId, ct)
            ?? throw ShianException.NotFound(OperatorsErrors.NotFound);
        var town = await jurisdictions.FindAsync(form.JurisdictionCode!, ct);
        var errors = new List<(string Field, string MessageKey)>();
        if (town is null || town.Level != JurisdictionLevels.Town)
        {
            errors.Add((nameof(form.JurisdictionCode), OperatorsErrors.UnknownTown));
        }

        if (OperatorFormRules.UnknownCategories(form.Categories!) is { } unknown)
        {
            errors.Add((nameof(form.Categories), unknown));
        }

        if (errors.Count > 0)
        {
            throw ShianException.InvalidFields(ErrorCodes.ValidationFailed, errors);
        }

        var premises = entity.AddPremises(form.Address!.Trim(), form.JurisdictionCode!, form.Categories!, form.Name?.Trim());
        db.Add(premises);
        await timeline.AppendAsync(new OperatorTimelineEvent(
            operatorId, "Operators", "operators.premises_added", OperatorsText.Stored("operators.timeline_premises_added"), premises.Address), ct);
        await db.SaveChangesAsync(ct);
        return premises.Id;
    }
}

internal sealed class PremisesForm
{
    [StringLength(100, ErrorMessage = "operators.premises_name_length")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "operators.premises_address_required")]
    [StringLength(200, ErrorMessage = "operators.address_length")]
    public string? Address { get; set; }

    [Required(ErrorMessage = "operators.town_required")]
    [StringLength(12)]
    public string? JurisdictionCode { get; set; }

    [Required(ErrorMessage = "operators.categories_required")]
    [MinLength(1, ErrorMessage = "operators.categories_required")]
    [MaxLength(10)]
    public List<string>? Categories { get; set; }
}
