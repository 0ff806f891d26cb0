using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Modules.Operators.Features.EditOperator;
using Shian.Modules.Operators.Features.OperatorFile;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Operators.Features.MyOperator;

/// <summary>
/// The enterprise user's own operator. Staff scope hides every operator from an enterprise user, so these
/// queries step past the jurisdiction filter, and only ever for the operator in the caller's own claim.
/// </summary>
internal static class MyOperatorEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/mine", GetAsync).WithName("Operators.Mine")
            .WithSummary("The enterprise user's own operator.")
            .RequireAuthorization(OperatorsPermissions.Own.Name);
        api.MapPut("/mine/contact", UpdateContactAsync).WithName("Operators.Mine.UpdateContact")
            .WithSummary("The enterprise user changes their own contact data (and nothing else).")
            .RequireAuthorization(OperatorsPermissions.Own.Name);
    }

    internal static async Task<Ok<OperatorDetails>> GetAsync(MyOperatorService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(ct));

    internal static async Task<Ok<OperatorDetails>> UpdateContactAsync(ContactForm form, MyOperatorService service, CancellationToken ct)
    {
        await service.UpdateContactAsync(form, ct);
        return TypedResults.Ok(await service.GetAsync(ct));
    }
}

internal sealed class MyOperatorService(
    ShianDbContext db, CurrentUser user, PersonalDataProtector protector, IOperatorTimeline timeline, OperatorFileQuery files, TimeProvider time)
{
    public async Task<OperatorDetails> GetAsync(CancellationToken ct)
    {
        return await files.GetAsync(OwnId(), ct, ownOperator: true)
            ?? throw ShianException.NotFound(OperatorsErrors.NotFound, "未找到您的经营主体档案。");
    }

    public async Task UpdateContactAsync(ContactForm form, CancellationToken ct)
    {
        var id = OwnId();
        var entity = await db.Set<Operator>().IgnoreQueryFilters().FirstOrDefaultAsync(o => o.Id == id, ct)
            ?? throw ShianException.NotFound(OperatorsErrors.NotFound, "未找到您的经营主体档案。");
        entity.ContactPerson = form.ContactPerson?.Trim();
        entity.ContactEmail = form.ContactEmail?.Trim();
        if (!string.IsNullOrWhiteSpace(form.Phone))
        {
            entity.PhoneCipher = protector.Protect(form.Phone.Trim());
            entity.PhoneMasked = Mask.Phone(form.Phone.Trim());
        }

        entity.Touch(time.GetUtcNow());
        await timeline.AppendAsync(new OperatorTimelineEvent(id, "Operators", "operators.contact_updated", "企业更新联系方式"), ct);
        await db.SaveChangesAsync(ct);
    }

    private Guid OwnId() => user.OperatorId
        ?? throw ShianException.Forbidden(OperatorsErrors.NotAnEnterpriseUser, "当前账号未关联经营主体。");
}

internal sealed class ContactForm
{
    [StringLength(50, ErrorMessage = "联系人不能超过50个字符")]
    public string? ContactPerson { get; set => field = OperatorForm.Optional(value); }

    [RegularExpression(@"^(1\d{10}|0\d{2,3}-?\d{7,8})$", ErrorMessage = "请填写11位手机号码或带区号的固定电话")]
    public string? Phone { get; set => field = OperatorForm.Optional(value); }

    [EmailAddress(ErrorMessage = "电子邮箱格式不正确")]
    [StringLength(100)]
    public string? ContactEmail { get; set => field = OperatorForm.Optional(value); }
}
