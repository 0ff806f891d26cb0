using System.ComponentModel.DataAnnotations;
using Shian.Modules.Licensing.Features.Apply;

namespace Shian.Modules.Licensing.Features.ApplyPage;

/// <summary>
/// The apply page's form: what a person types, kept as typed when something is wrong. Items and files are
/// read from the posted form directly (checkbox groups and file inputs do not bind to a model).
/// </summary>
internal sealed class ApplyForm
{
    [Range(1, 9, ErrorMessage = "请选择主体业态")]
    public int BusinessType { get; set; }

    [Required(ErrorMessage = "请填写经营场所地址")]
    [StringLength(200, ErrorMessage = "经营场所地址不能超过200个字符")]
    public string? PremisesAddress { get; set; }

    [Required(ErrorMessage = "请选择经营场所所在镇（街道）")]
    public string? PremisesTownCode { get; set; }

    [Required(ErrorMessage = "请填写法定代表人（负责人）身份证号码")]
    [RegularExpression(@"^\s*\d{17}[\dXx]\s*$", ErrorMessage = "身份证号码应为18位")]
    public string? LegalRepresentativeIdNumber { get; set; }

    [StringLength(1000, ErrorMessage = "关键岗位人员不能超过20人")]
    [RegularExpression(@"^[\s\dXx]*$", ErrorMessage = "每行填写一个18位身份证号码")]
    public string? KeyStaffIdNumbers { get; set; }

    public bool Commitment { get; set; }

    /// <summary>Created when the page is first shown; a double submit then finds the first application.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>Checked 经营项目 as <c>type:item</c> (set from the posted checkboxes).</summary>
    public List<string> Items { get; set; } = [];

    public ApplyRequest ToRequest(Guid? operatorId, IReadOnlyDictionary<string, Guid> files) => new()
    {
        OperatorId = operatorId,
        PremisesAddress = PremisesAddress?.Trim(),
        PremisesTownCode = PremisesTownCode,
        BusinessType = BusinessType,
        BusinessItems = [.. Items.Select(i => i[(i.IndexOf(':', StringComparison.Ordinal) + 1)..])],
        LegalRepresentativeIdNumber = LegalRepresentativeIdNumber?.Trim(),
        KeyStaffIdNumbers = [.. (KeyStaffIdNumbers ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Commitment = Commitment,
        MaterialFiles = new Dictionary<string, Guid>(files),
        IdempotencyKey = IdempotencyKey,
    };
}
