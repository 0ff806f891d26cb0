using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Licensing.Features.Revocation;

/// <summary>
/// 吊销 by an administrative penalty decision (处罚决定书). The legal representative's ID number is asked for because
/// the ban that follows (Food Safety Law Art. 135) is kept by ID number, and Licensing holds ID numbers masked only;
/// the decision names the person, so the legal reviewer has it at hand.
/// </summary>
internal sealed class RevocationRequest
{
    [Required(ErrorMessage = "请填写行政处罚决定书文号")]
    [StringLength(100, MinimumLength = 2, ErrorMessage = "处罚决定书文号应为2至100个字符")]
    public string? DecisionNumber { get; set; }

    [Required(ErrorMessage = "请填写处罚决定日期")]
    public DateOnly? DecidedOn { get; set; }

    [Required(ErrorMessage = "请填写吊销理由")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "吊销理由应为2至200个字符")]
    public string? Reason { get; set; }

    [Required(ErrorMessage = "请填写法定代表人（负责人）身份证号码，用于登记从业禁止")]
    [RegularExpression(@"^\s*\d{17}[\dXx]\s*$", ErrorMessage = "身份证号码应为18位")]
    public string? LegalRepresentativeIdNumber { get; set; }
}

/// <summary>The revoked licence as the decision left it; <see cref="BanUntil"/> is the recorded ban's exclusive end.</summary>
internal sealed record RevocationView(
    Guid LicenceId, string Number, string Status, string DecisionNumber, DateOnly DecidedOn, string Reason,
    string LegalRepresentative, DateOnly BanUntil, string BanCitation);
