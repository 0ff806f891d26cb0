using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Hostile;

/// <summary>
/// Issue 11, finding 4, on an app with small limits. On the old code: the page forms had no limit (650 of 650
/// login posts, 100 of 100 status guesses went through), public traffic and staff sign-in shared one bucket per
/// address, a 429 had no <c>Retry-After</c>, and five wrong passwords locked a real account (423) while an unknown
/// name kept answering 401 — telling which names exist and letting anyone keep any account locked.
/// </summary>
public sealed partial class AnonymousDoorsTests(AnonymousDoorsTests.SmallLimits app) : IClassFixture<AnonymousDoorsTests.SmallLimits>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient From(string address)
    {
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Add(ClientAddressHeader, address);
        return client;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/v1/account/login", new { userName, password }, Ct);

    [Fact]
    public async Task Public_traffic_that_exhausts_its_bucket_gets_429_with_retry_after_and_staff_at_that_address_still_sign_in()
    {
        using var client = From("198.51.100.1");
        HttpResponseMessage? refused = null;
        for (var i = 0; i < SmallLimits.AnonymousPerMinute + 1 && refused is null; i++)
        {
            var response = await client.GetAsync("/api/v1/licensing/verify/JY10000000000000", Ct);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        refused.ShouldNotBeNull();
        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "request.rate_limited");
        int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);

        (await SignInAsync(client, TestUsers.Admin, ShianAppFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/registration/status", "198.51.100.2")]
    [InlineData("/registration/apply", "198.51.100.3")]
    [InlineData("/account/login", "198.51.100.4")]
    public async Task Anonymous_page_forms_are_rate_limited(string page, string address)
    {
        using var client = From(address);
        var html = await (await client.GetAsync(page, Ct)).Content.ReadAsStringAsync(Ct);
        var token = TokenInput().Match(html).Groups[1].Value;
        var form = FormName().Match(html).Groups[1].Value;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("_handler", form), new("Input.UserName", "nobody" + i), new("Input.Password", "x")]);
            using var response = await client.PostAsync(page, content, Ct);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                response.Headers.Contains("Retry-After").ShouldBeTrue();
                break;
            }
        }

        statuses.ShouldContain(HttpStatusCode.TooManyRequests, string.Join(",", statuses));
    }

    [Fact]
    public async Task Wrong_passwords_slow_down_the_guesser_alike_for_real_and_unknown_names_and_never_lock_the_account()
    {
        using var stranger = From("198.51.100.5");
        var answers = new List<(HttpStatusCode, string?)>();
        foreach (var name in new[] { TestUsers.TaishanInspector, "no.such.user" })
        {
            for (var i = 0; i < 4; i++)
            {
                using var response = await SignInAsync(stranger, name, "Wrong@Pass2026");
                var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);
                answers.Add((response.StatusCode, problem.GetProperty("code").GetString()));
                if (i == 3)
                {
                    response.Headers.Contains("Retry-After").ShouldBeTrue();
                }
            }
        }

        // The same four answers for the real name as for the unknown one: three 401s, then a delay.
        answers.Take(4).ShouldBe(answers.Skip(4));
        answers.Take(3).ShouldAllBe(a => a.Item1 == HttpStatusCode.Unauthorized && a.Item2 == "security.invalid_credentials");
        answers[3].ShouldBe((HttpStatusCode.TooManyRequests, "security.sign_in_throttled"));

        // The real user, elsewhere, signs in at once: the stranger slowed down only their own address.
        using var owner = From("203.0.113.9");
        (await SignInAsync(owner, TestUsers.TaishanInspector, ShianAppFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // And once the delay has passed the account works from the stranger's address too: nothing was locked.
        using var later = app.Clock.Travel(TimeSpan.FromSeconds(3));
        (await SignInAsync(stranger, TestUsers.TaishanInspector, ShianAppFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private const string ClientAddressHeader = "X-Test-Client-Address";

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    [GeneratedRegex("name=\"_handler\" value=\"([^\"]+)\"")]
    private static partial Regex FormName();

    /// <summary>The app with small limits, and each test client at an address of its own (an X-Test-Client-Address header).</summary>
    public sealed class SmallLimits : ShianAppFactory
    {
        public const int AnonymousPerMinute = 5;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:AnonymousPerMinute", AnonymousPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("RateLimits:PublicFormsPerMinute", "4");
            builder.UseSetting("RateLimits:SignInPerMinute", "10");
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressFromHeader>());
        }
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext http, RequestDelegate nextMiddleware) =>
            {
                if (IPAddress.TryParse(http.Request.Headers[ClientAddressHeader].ToString(), out var address))
                {
                    http.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
