using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Shian.Hosting.DemoData;

namespace Shian.Hosting;

/// <summary>What a newcomer needs after <c>dotnet run</c>: where the platform is and how to sign in.</summary>
internal static class LoginHints
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "(no address)";
        var lines = new List<string>
        {
            "",
            "==================== 食安 Shian ====================",
            $" 平台地址 URL:      {url}",
            $" API 文档 API docs: {url}/scalar",
        };
        if (app.Configuration.GetValue<bool>($"{DemoDataOptions.SectionName}:Enabled"))
        {
            lines.Add($" 演示账号 Demo logins (password / 密码: {DemoAccounts.Password}):");
            lines.AddRange(DemoAccounts.All.Select(a => $"   {a.UserName,-16} {a.Description}"));
        }

        lines.Add("====================================================");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
