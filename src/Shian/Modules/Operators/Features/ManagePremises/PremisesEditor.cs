using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Operators.Features.ManagePremises;

/// <summary>Adds a place of business to an operator; the premises may lie in another town than the seat.</summary>
internal sealed class PremisesEditor(ShianDbContext db, IJurisdictionDirectory jurisdictions, IOperatorTimeline timeline)
{
    public async Task<Guid> AddAsync(Guid operatorId, PremisesForm form, CancellationToken ct)
    {
        var entity = await db.Set<Operator>().Include(o => o.Premises).FirstOrDefaultAsync(o => o.Id == operatorId, ct)
            ?? throw ShianException.NotFound(OperatorsErrors.NotFound, "未找到该经营主体，或不在您的辖区范围内。");
        var town = await jurisdictions.FindAsync(form.JurisdictionCode!, ct);
        var errors = new Dictionary<string, string[]>();
        if (town is null || town.Level != "Town")
        {
            errors[nameof(form.JurisdictionCode)] = ["所选镇街不存在，请从列表中选择"];
        }

        var unknown = form.Categories!.Where(c => !FoodBusinessCategories.IsKnown(c)).ToList();
        if (unknown.Count > 0)
        {
            errors[nameof(form.Categories)] = [$"未知的食品经营类别：{string.Join("、", unknown)}"];
        }

        if (errors.Count > 0)
        {
            throw new ShianException("request.validation_failed", "提交的信息有误，请按提示修改。", 400, errors);
        }

        var premises = entity.AddPremises(form.Address!.Trim(), form.JurisdictionCode!, form.Categories!, form.Name?.Trim());
        db.Add(premises);
        await timeline.AppendAsync(new OperatorTimelineEvent(operatorId, "Operators", "operators.premises_added", "新增经营场所", premises.Address), ct);
        await db.SaveChangesAsync(ct);
        return premises.Id;
    }
}

internal sealed class PremisesForm
{
    [StringLength(100, ErrorMessage = "名称不能超过100个字符")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "请填写经营场所地址")]
    [StringLength(200, ErrorMessage = "地址不能超过200个字符")]
    public string? Address { get; set; }

    [Required(ErrorMessage = "请选择所在镇街")]
    [StringLength(12)]
    public string? JurisdictionCode { get; set; }

    [Required(ErrorMessage = "请至少选择一个食品经营类别")]
    [MinLength(1, ErrorMessage = "请至少选择一个食品经营类别")]
    [MaxLength(10)]
    public List<string>? Categories { get; set; }
}
