using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Shian.Shared.Kernel;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Shared.Kernel;

/// <summary>Messages come from resources by their code, in the reader's language, and refusals carry them.</summary>
[Collection(AppCollection.Name)]
public sealed class MessagesTests(ShianAppFactory app)
{
    [Fact]
    public void A_code_reads_in_the_ui_culture_with_its_arguments()
    {
        _ = app.Services; // the host registers the message catalogues

        InCulture("zh-CN", () => Messages.Get("files.too_large", 20)).ShouldBe("文件超过 20 MB 上限。");
        InCulture("en-US", () => Messages.Get("files.too_large", 20)).ShouldBe("The file is larger than the 20 MB limit.");
        Messages.Get("nosuchprefix.key").ShouldBe("nosuchprefix.key");
    }

    [Fact]
    public void An_invalid_field_refusal_names_the_field_as_json_does_and_carries_the_message()
    {
        _ = app.Services;

        var refusal = InCulture("en-US", () => ShianException.Invalid("files.empty", "PremisesTownCode"));

        refusal.StatusCode.ShouldBe(400);
        refusal.Code.ShouldBe("files.empty");
        refusal.Message.ShouldBe("The file is empty.");
        refusal.Errors!["premisesTownCode"].ShouldBe(["The file is empty."]);
    }

    [Fact]
    public async Task An_api_error_reads_in_english_after_the_language_switch()
    {
        using var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");

        var response = await client.PostAsync("/api/v1/account/login", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("The request body could not be read");
    }

    [Fact]
    public void The_test_clock_moves_the_apps_time_and_comes_back()
    {
        var time = app.Services.GetRequiredService<TimeProvider>();
        var before = time.GetUtcNow();

        using (app.Clock.Travel(TimeSpan.FromDays(400)))
        {
            (time.GetUtcNow() - before).ShouldBeGreaterThan(TimeSpan.FromDays(399));
        }

        (time.GetUtcNow() - before).ShouldBeLessThan(TimeSpan.FromDays(1));
    }

    private static T InCulture<T>(string name, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(name);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
