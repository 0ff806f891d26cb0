using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Inspections.Features.Conduct;

/// <summary>Start an inspection (a draft). Kind and sector are stable codes; see the module README.</summary>
internal sealed class CreateInspectionRequest
{
    [Required(ErrorMessage = "请指定经营者")]
    public Guid? OperatorId { get; set; }

    public Guid? PremisesId { get; set; }

    [Required(ErrorMessage = "请选择检查类型")]
    [StringLength(20)]
    public string? Kind { get; set; }

    [Required(ErrorMessage = "请选择行业（检查要点表）")]
    [StringLength(20)]
    public string? Sector { get; set; }

    [Required(ErrorMessage = "请填写检查日期")]
    public DateOnly? InspectedOn { get; set; }

    [Required(ErrorMessage = "请选择检查人员")]
    [MaxLength(10, ErrorMessage = "检查人员不能超过10人")]
    public List<Guid>? InspectorUserIds { get; set; }

    [StringLength(100, ErrorMessage = "来源不能超过100个字符")]
    public string? SourceReference { get; set; }
}

/// <summary>One item's finding: outcome conforms / does_not_conform / not_applicable (empty clears it).</summary>
internal sealed class SaveItemRequest
{
    [StringLength(20)]
    public string? Outcome { get; set; }

    public bool AffectsSafety { get; set; }

    [StringLength(1000, ErrorMessage = "说明不能超过1000个字符")]
    public string? Note { get; set; }
}

/// <summary>Sign-off: measures ordered, the rectification deadline, and the operator's acknowledgement or refusal.</summary>
internal sealed class SignOffRequest
{
    [StringLength(2000, ErrorMessage = "处理措施不能超过2000个字符")]
    public string? Measures { get; set; }

    [Range(1, 90, ErrorMessage = "整改期限应在1至90个工作日之间")]
    public int? RectificationWorkingDays { get; set; }

    [StringLength(50, ErrorMessage = "签字人姓名不能超过50个字符")]
    public string? AcknowledgedBy { get; set; }

    public bool RefusedToSign { get; set; }

    [StringLength(500, ErrorMessage = "拒签原因不能超过500个字符")]
    public string? RefusalReason { get; set; }
}

internal sealed class AmendRequest
{
    [Required(ErrorMessage = "请填写更正原因")]
    [StringLength(500, ErrorMessage = "更正原因不能超过500个字符")]
    public string? Reason { get; set; }
}
