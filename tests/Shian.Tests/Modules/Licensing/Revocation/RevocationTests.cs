using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Credit.Domain;
using Shian.Modules.Licensing.Domain;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Licensing.LicensingTestData;
using static Shian.Tests.Modules.Licensing.LifecycleTestKit;

namespace Shian.Tests.Modules.Licensing.Revocation;

/// <summary>吊销 through the API: the licence, the public page, the operator's file and inbox, and the 5-year ban.</summary>
[Collection(AppCollection.Name)]
public sealed class RevocationTests(ShianAppFactory app)
{
    private readonly LifecycleTestKit _kit = new(app);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Revocation_ends_the_licence_tells_everyone_and_bans_the_legal_representative_from_a_new_licence()
    {
        var held = await _kit.LicenceAsync();
        var reviewer = await LegalReviewerAsync("440781");
        var body = Revocation(held);
        var change = Body(ChangeMaterials);
        change["businessItems"] = new[] { "prepackaged", "bulk", "cold_chain" };
        var pending = await (await PostAsync(held.Enterprise, held.Number, "changes", change)).ReadJsonAsync();
        pending.GetProperty("status").GetString().ShouldBe("UnderReview");

        var response = await reviewer.PostAsJsonAsync(RevokeUrl(held.Number), body, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var revoked = await response.ReadJsonAsync();
        revoked.GetProperty("status").GetString().ShouldBe("Revoked");
        revoked.GetProperty("decisionNumber").GetString().ShouldBe((string)body["decisionNumber"]!);
        revoked.GetProperty("banUntil").GetString().ShouldBe(Today.AddYears(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        revoked.GetProperty("banCitation").GetString()!.ShouldContain("第一百三十五条");
        var stored = await _kit.StoredAsync(held.Number);
        stored.Status.ShouldBe(LicenceStatus.Revoked);
        stored.EndedOn.ShouldBe(Today);

        using var anonymous = app.AnonymousClient();
        (await VerifiedStatusAsync(anonymous, held.Number)).ShouldBe("Revoked");
        var page = await anonymous.GetPageAsync($"/verify/licence/{held.Number}");
        page.ShouldContain("已吊销");
        page.ShouldContain("吊销日期");
        page.ShouldContain(Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        var timeline = await held.Admin.GetStringAsync($"/api/v1/operators/{held.OperatorId}/timeline", Ct);
        timeline.ShouldContain("licensing.licence_revoked");
        timeline.ShouldContain((string)body["decisionNumber"]!);
        var inbox = await held.Enterprise.GetStringAsync("/api/v1/operators/mine/inbox?pageSize=100", Ct);
        inbox.ShouldContain("licensing.licence_revoked");
        inbox.ShouldContain("已被吊销");

        // The change still under review can no longer be granted.
        var refused = await (await held.Enterprise.GetAsync(LicensingApiPaths.Application(pending.GetProperty("id").GetGuid()), Ct)).ReadJsonAsync();
        refused.GetProperty("status").GetString().ShouldBe("Rejected");

        // The legal representative applies again for another operator: refused by the existing ban rule, with the decision.
        var other = await TestData.CreateOperatorAsync(held.Admin);
        var again = Application(other);
        again["legalRepresentativeIdNumber"] = held.LegalRepresentativeIdNumber;
        var application = await (await ApplyAsync(held.Admin, again)).ReadJsonAsync();
        application.GetProperty("status").GetString().ShouldBe("UnderReview");
        var ban = FailedRule(application, "legal_representative_not_banned");
        ban.GetProperty("passed").GetBoolean().ShouldBeFalse();
        ban.GetProperty("explanation").GetString()!.ShouldContain((string)body["decisionNumber"]!);

        // The enterprise cannot act on a revoked licence any more.
        await (await PostAsync(held.Enterprise, held.Number, "renewals", Body(RenewalMaterials)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.licence_state_forbids");
    }

    [Fact]
    public async Task The_same_decision_again_is_a_replay_another_decision_or_an_ended_licence_is_409()
    {
        var held = await _kit.LicenceAsync();
        var body = Revocation(held);
        var first = await held.Admin.PostAsJsonAsync(RevokeUrl(held.Number), body, Ct);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);

        // Replay (by id this time): same answer, nothing recorded twice.
        var licenceId = (await _kit.StoredAsync(held.Number)).Id;
        var replay = await held.Admin.PostAsJsonAsync(RevokeUrl(licenceId.ToString()), body, Ct);
        replay.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await replay.ReadJsonAsync()).GetProperty("decisionNumber").GetString().ShouldBe((string)body["decisionNumber"]!);
        (await BansAsync((string)body["decisionNumber"]!)).ShouldBe(1);
        (await held.Admin.GetStringAsync($"/api/v1/operators/{held.OperatorId}/timeline", Ct)).Split("licensing.licence_revoked").Length.ShouldBe(2);

        var second = Revocation(held);
        var problem = await (await held.Admin.PostAsJsonAsync(RevokeUrl(held.Number), second, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.licence_not_revocable");
        problem.GetProperty("detail").GetString()!.ShouldContain("已于");

        var cancelled = await _kit.LicenceAsync();
        var cancel = Body(CancellationMaterials);
        cancel["reason"] = "停止经营";
        (await PostAsync(cancelled.Enterprise, cancelled.Number, "cancellations", cancel)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await cancelled.Admin.PostAsJsonAsync(RevokeUrl(cancelled.Number), Revocation(cancelled), Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.licence_not_revocable");

        var expired = await _kit.LicenceAsync();
        await _kit.SetValidUntilAsync(expired.Number, Today.AddDays(-1));
        await (await expired.Admin.PostAsJsonAsync(RevokeUrl(expired.Number), Revocation(expired), Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.licence_not_revocable");
    }

    [Fact]
    public async Task Only_legal_reviewers_and_administrators_of_the_premises_scope_may_revoke()
    {
        var held = await _kit.LicenceAsync();
        var body = Revocation(held);
        (await held.Enterprise.PostAsJsonAsync(RevokeUrl(held.Number), body, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);
        (await inspector.PostAsJsonAsync(RevokeUrl(held.Number), body, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var anonymous = app.AnonymousClient();
        (await anonymous.PostAsJsonAsync(RevokeUrl(held.Number), body, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var xinhui = await LegalReviewerAsync("440705");
        await (await xinhui.PostAsJsonAsync(RevokeUrl(held.Number), body, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.licence_not_found");
        (await xinhui.GetAsync($"/licensing/revoke/{held.Number}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _kit.StoredAsync(held.Number)).Status.ShouldBe(LicenceStatus.Valid);
    }

    [Fact]
    public async Task Empty_malformed_or_impossible_bodies_are_400_with_field_messages()
    {
        var held = await _kit.LicenceAsync();
        var empty = await (await held.Admin.PostAsJsonAsync(RevokeUrl(held.Number), new { }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        var errors = empty.GetProperty("errors");
        errors.GetProperty("decisionNumber")[0].GetString()!.ShouldContain("处罚决定书文号");
        errors.GetProperty("decidedOn")[0].GetString()!.ShouldContain("处罚决定日期");
        errors.GetProperty("reason")[0].GetString()!.ShouldContain("吊销理由");

        using var malformed = new StringContent("{\"decisionNumber\": ", Encoding.UTF8, "application/json");
        await (await held.Admin.PostAsync(RevokeUrl(held.Number), malformed, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed_body");
        using var badDate = new StringContent("{\"decisionNumber\":\"X\",\"decidedOn\":\"2026-13-45\"}", Encoding.UTF8, "application/json");
        (await held.Admin.PostAsync(RevokeUrl(held.Number), badDate, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var future = Revocation(held);
        future["decidedOn"] = Today.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await (await held.Admin.PostAsJsonAsync(RevokeUrl(held.Number), future, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed")).GetProperty("errors").GetProperty("decidedOn")[0].GetString()!.ShouldContain("不能晚于今天");

        var huge = Revocation(held);
        huge["reason"] = new string('理', 5000);
        await (await held.Admin.PostAsJsonAsync(RevokeUrl(held.Number), huge, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        await (await held.Admin.PostAsJsonAsync(RevokeUrl("JY1440781999999" + "9"), Revocation(held), Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.licence_not_found");
        (await _kit.StoredAsync(held.Number)).Status.ShouldBe(LicenceStatus.Valid);
    }

    internal static string RevokeUrl(string licence) => LicensingApiPaths.Revoke(licence);

    internal static Dictionary<string, object?> Revocation(Held held) => new()
    {
        ["decisionNumber"] = $"台市监罚〔2026〕{TestData.Token()}号",
        ["decidedOn"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["reason"] = "经营病死畜禽肉类，情节严重",
        ["legalRepresentativeIdNumber"] = held.LegalRepresentativeIdNumber,
    };

    /// <summary>A legal reviewer (法制审核) of a district: no test user has that role, so each test makes its own.</summary>
    private async Task<HttpClient> LegalReviewerAsync(string district)
    {
        var userName = "t.legal." + Guid.NewGuid().ToString("N")[..8];
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ShianUser>>();
            var user = new ShianUser { UserName = userName, DisplayName = userName, JurisdictionCode = district };
            (await users.CreateAsync(user, ShianAppFactory.Password)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, Roles.LegalReviewer)).Succeeded.ShouldBeTrue();
        }

        return await app.ClientAsAsync(userName);
    }

    private async Task<int> BansAsync(string decision)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ShianDbContext>().Set<IndustryBan>().IgnoreQueryFilters()
            .CountAsync(b => b.Decision == decision, Ct);
    }
}
