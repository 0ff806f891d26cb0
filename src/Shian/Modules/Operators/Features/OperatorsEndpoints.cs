using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Audit.Contracts;
using Shian.Modules.Operators.Features.CheckCreditCode;
using Shian.Modules.Operators.Features.EditOperator;
using Shian.Modules.Operators.Features.OperatorFile;
using Shian.Modules.Operators.Features.SearchOperators;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.Operators.Features;

/// <summary>The staff API of the module; the enterprise user's own endpoints are in MyOperator.</summary>
internal static class OperatorsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/", SearchAsync).WithName("Operators.Search")
            .WithSummary("Search operators by name, credit code, address or legal representative within the caller's jurisdiction.")
            .RequireAuthorization(OperatorsPermissions.Read.Name);
        api.MapGet("/{id:guid}", GetAsync).WithName("Operators.Get")
            .WithSummary("The operator's file: data and premises.")
            .RequireAuthorization(OperatorsPermissions.Read.Name);
        api.MapGet("/{id:guid}/timeline", TimelineAsync).WithName("Operators.Timeline")
            .WithSummary("Events on the operator's file, newest first.")
            .RequireAuthorization(OperatorsPermissions.Read.Name);
        api.MapGet("/{id:guid}/audit", AuditAsync).WithName("Operators.Audit")
            .WithSummary("Ledger entries about the operator and its premises.")
            .RequireAuthorization(OperatorsPermissions.Read.Name);
        api.MapPost("/{id:guid}/personal-data", RevealAsync).WithName("Operators.RevealPersonalData")
            .WithSummary("The full ID and phone numbers; the read and its purpose go to the audit ledger.")
            .RequireAuthorization(OperatorsPermissions.ReadPersonalData.Name);
        api.MapPost("/", CreateAsync).WithName("Operators.Create")
            .WithSummary("Register an operator's file. A failed credit-code check needs creditCodeOverrideReason.")
            .RequireAuthorization(OperatorsPermissions.Write.Name);
        api.MapPut("/{id:guid}", UpdateAsync).WithName("Operators.Update")
            .WithSummary("Edit an operator. Send the version you read; a newer stored version gives 409.")
            .RequireAuthorization(OperatorsPermissions.Write.Name);
        api.MapPost("/credit-code-check", CheckAsync).WithName("Operators.CheckCreditCode")
            .WithSummary("Check a unified social credit code against GB 32100 without saving anything.")
            .RequireAuthorization(OperatorsPermissions.Read.Name);
    }

    private static async Task<Ok<PagedList<OperatorListItem>>> SearchAsync(
        [AsParameters] OperatorSearchRequest request, OperatorSearch search, CancellationToken ct) =>
        TypedResults.Ok(await search.SearchAsync(request, ct));

    private static async Task<Results<Ok<OperatorDetails>, ProblemHttpResult>> GetAsync(
        Guid id, OperatorFileQuery query, CancellationToken ct) =>
        await query.GetAsync(id, ct) is { } details ? TypedResults.Ok(details) : NotFoundProblem();

    private static async Task<Results<Ok<PagedList<TimelineItem>>, ProblemHttpResult>> TimelineAsync(
        Guid id, OperatorFileQuery query, int page = 1, int pageSize = PageRequest.DefaultPageSize, CancellationToken ct = default) =>
        await query.TimelineAsync(id, new PageRequest(page, pageSize), ct) is { } items ? TypedResults.Ok(items) : NotFoundProblem();

    private static async Task<Results<Ok<PagedList<AuditEntrySummary>>, ProblemHttpResult>> AuditAsync(
        Guid id, OperatorFileQuery query, int page = 1, int pageSize = PageRequest.DefaultPageSize, CancellationToken ct = default) =>
        await query.GetAsync(id, ct) is null ? NotFoundProblem() : TypedResults.Ok(await query.AuditAsync(id, new PageRequest(page, pageSize), ct));

    private static async Task<Ok<OperatorPersonalData>> RevealAsync(
        Guid id, RevealRequest request, PersonalDataReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.RevealAsync(id, request.Purpose!, ct));

    private static async Task<Created<OperatorDetails>> CreateAsync(
        OperatorForm form, OperatorEditor editor, OperatorFileQuery query, CancellationToken ct)
    {
        var created = await editor.RegisterAsync(form, ct);
        return TypedResults.Created($"/api/v1/operators/{created.Id}", await query.GetAsync(created.Id, ct));
    }

    private static async Task<Ok<OperatorDetails>> UpdateAsync(
        Guid id, OperatorForm form, OperatorEditor editor, OperatorFileQuery query, CancellationToken ct)
    {
        await editor.UpdateAsync(id, form, ct);
        return TypedResults.Ok((await query.GetAsync(id, ct))!);
    }

    private static Ok<CreditCodeCheckResult> CheckAsync(CreditCodeCheckRequest request) =>
        TypedResults.Ok(CreditCodeCheckResult.For(request.Code!));

    internal static ProblemHttpResult NotFoundProblem() =>
        Problems.NotFound(OperatorsErrors.NotFound, "未找到该经营主体，或不在您的辖区范围内。");
}

internal sealed class RevealRequest
{
    [Required(ErrorMessage = "请说明查看完整个人信息的用途")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "用途应为2–200个字符")]
    public string? Purpose { get; set; }
}
