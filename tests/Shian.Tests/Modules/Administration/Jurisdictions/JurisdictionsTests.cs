using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Administration.Contracts;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Administration.Jurisdictions;

[Collection(AppCollection.Name)]
public sealed class JurisdictionsTests(ShianAppFactory app)
{
    [Fact]
    public async Task Jiangmen_has_one_city_seven_districts_and_75_towns_for_anyone_to_read()
    {
        using var anonymous = app.AnonymousClient();

        var all = (await (await anonymous.GetAsync(AdministrationApiPaths.Jurisdictions)).ReadJsonAsync()).EnumerateArray().ToList();

        all.Count(j => j.GetProperty("level").GetString() == "City").ShouldBe(1);
        all.Count(j => j.GetProperty("level").GetString() == "District").ShouldBe(7);
        all.Count(j => j.GetProperty("level").GetString() == "Town").ShouldBe(75);
        all.Count.ShouldBe(83);
        var districts = all.Where(j => j.GetProperty("level").GetString() == "District").Select(j => j.GetProperty("code").GetString()).ToHashSet();
        all.Where(j => j.GetProperty("level").GetString() == "Town")
            .ShouldAllBe(t => districts.Contains(t.GetProperty("parentCode").GetString()) && t.GetProperty("code").GetString()!.Length == 9);
        all.Select(j => j.GetProperty("name").GetString()).ShouldContain("台山市");
        all.Select(j => j.GetProperty("name").GetString()).ShouldContain("新会区");
    }

    [Fact]
    public async Task A_town_is_named_with_its_district()
    {
        var directory = app.Services.GetRequiredService<IJurisdictionDirectory>();

        (await directory.DisplayNameAsync(TestData.XinhuiTown, default)).ShouldBe("新会区 会城街道");
        (await directory.DisplayNameAsync("440781", default)).ShouldBe("台山市");
        (await directory.DisplayNameAsync("123456789", default)).ShouldBe("123456789");
    }
}
