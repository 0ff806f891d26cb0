using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shian.Modules.Licensing.Domain;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Licensing.LicensingTestData;

namespace Shian.Tests.Modules.Licensing.Apply;

/// <summary>
/// Issue 11, finding 1: a banned legal representative got an instant licence by typing the ID number in full-width
/// or Arabic-Indic digits or with a zero-width space in front (the field was checked with <c>\d</c>, which matches
/// every Unicode digit, and the ban was matched on the raw text). On the old code each disguised number answered
/// 201 Approved with a valid licence; key staff numbers were not validated at all (<c>["abc", null, "\u0000"]</c> → 201).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DisguisedIdNumberTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string FullWidth(string ascii) => new([.. ascii.Select(c => char.IsAsciiDigit(c) ? (char)('０' + (c - '0')) : c)]);

    private static string ArabicIndic(string ascii) => new([.. ascii.Select(c => char.IsAsciiDigit(c) ? (char)('\u0660' + (c - '0')) : c)]);

    public static TheoryData<string> Disguises() => ["full-width-first-6", "full-width", "arabic-indic", "zero-width-space", "bidi-mark"];

    private static string Disguise(string kind, string id) => kind switch
    {
        "full-width-first-6" => FullWidth(id[..6]) + id[6..],
        "full-width" => FullWidth(id),
        "arabic-indic" => ArabicIndic(id),
        "zero-width-space" => "\u200B" + id,
        _ => "\u200F" + id + "\uFEFF",
    };

    private async Task<(HttpClient Admin, Guid OperatorId)> OperatorAsync()
    {
        var admin = await app.ClientAsAsync(TestUsers.Admin);
        return (admin, await TestData.CreateOperatorAsync(admin, TestData.Operator()));
    }

    private static async Task BanAsync(HttpClient admin, string idNumber) =>
        (await admin.PostAsJsonAsync("/api/v1/credit/bans", new
        {
            personName = "王五",
            idNumber,
            reason = "因食品安全犯罪被判处有期徒刑",
            decision = "江市监罚〔2025〕77号",
            bannedFrom = "2025-01-01",
        }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

    [Theory]
    [MemberData(nameof(Disguises))]
    public async Task A_banned_legal_representative_typing_a_disguised_number_gets_no_instant_licence(string kind)
    {
        var (admin, operatorId) = await OperatorAsync();
        var body = Application(operatorId);
        var id = (string)body["legalRepresentativeIdNumber"]!;
        await BanAsync(admin, id);
        body["legalRepresentativeIdNumber"] = Disguise(kind, id);

        using var response = await ApplyAsync(admin, body);

        var text = await response.Content.ReadAsStringAsync(Ct);
        if (kind == "arabic-indic")
        {
            // NFKC leaves Arabic-Indic digits alone; the number is refused rather than guessed at.
            await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
            return;
        }

        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        var application = JsonDocument.Parse(text).RootElement;
        application.GetProperty("status").GetString().ShouldBe("UnderReview");
        application.GetProperty("licenceNumber").ValueKind.ShouldBe(JsonValueKind.Null);
        FailedRule(application, InstantApprovalRules.LegalRepresentativeNotBanned).GetProperty("passed").GetBoolean().ShouldBeFalse();
        // What is stored (and shown masked) is the canonical ASCII number.
        application.GetProperty("legalRepresentativeIdNumber").GetString()!.ShouldBe(id[..4] + "**********" + id[^4..]);
    }

    [Fact]
    public async Task A_ban_recorded_with_a_disguised_number_matches_the_plain_one()
    {
        var (admin, operatorId) = await OperatorAsync();
        var body = Application(operatorId);
        await BanAsync(admin, FullWidth((string)body["legalRepresentativeIdNumber"]!));

        var application = await (await ApplyAsync(admin, body)).ReadJsonAsync();

        application.GetProperty("status").GetString().ShouldBe("UnderReview");
    }

    [Fact]
    public async Task A_banned_key_staff_member_behind_a_zero_width_space_is_still_found()
    {
        var (admin, operatorId) = await OperatorAsync();
        var body = Application(operatorId);
        var staff = NewIdNumber();
        await BanAsync(admin, staff);
        body["keyStaffIdNumbers"] = new[] { NewIdNumber(), "\u200B" + staff };

        var application = await (await ApplyAsync(admin, body)).ReadJsonAsync();

        application.GetProperty("status").GetString().ShouldBe("UnderReview");
        FailedRule(application, InstantApprovalRules.KeyStaffNotBanned).GetProperty("passed").GetBoolean().ShouldBeFalse();
    }

    [Theory]
    [InlineData("abc")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("110105194912310021")] // wrong check character
    public async Task Each_key_staff_number_is_validated_and_the_error_names_its_index(string? bad)
    {
        var (admin, operatorId) = await OperatorAsync();
        var body = Application(operatorId);
        body["keyStaffIdNumbers"] = new[] { NewIdNumber(), bad };

        using var response = await ApplyAsync(admin, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        problem.GetProperty("errors").TryGetProperty("keyStaffIdNumbers[1]", out _).ShouldBeTrue(problem.GetRawText());
    }

    /// <summary>A NUL never reaches a field check: the JSON reader refuses it for every string (PostgreSQL cannot store it).</summary>
    [Fact]
    public async Task A_nul_in_a_key_staff_number_is_refused_at_the_door()
    {
        var (admin, operatorId) = await OperatorAsync();
        var body = Application(operatorId);
        body["keyStaffIdNumbers"] = new[] { NewIdNumber(), "\u0000" };

        using var response = await ApplyAsync(admin, body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed_body");
    }
}
