using System.Net;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Audit.Domain;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Audit.BrowseLedger;

/// <summary>Ledger entries as recorded (personal data masked) and who may browse them.</summary>
[Collection(AppCollection.Name)]
public sealed class BrowseLedgerTests(ShianAppFactory app)
{
    [Fact]
    public async Task Personal_data_in_ledger_entries_is_masked()
    {
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var id = await TestData.CreateOperatorAsync(inspector);

        var insert = await app.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.EntityType == "Operator" && e.EntityId == id.ToString()));

        insert.After.ShouldNotBeNull();
        insert.After.ShouldContain("\"LegalRepresentativeIdCipher\":\"***\"");
        insert.After.ShouldContain("\"PhoneCipher\":\"***\"");
        insert.After.ShouldNotContain("11010519491231002X");
        insert.After.ShouldNotContain("13812345678");
        insert.ActorName.ShouldBe(TestUsers.TaishanInspector);
    }

    [Fact]
    public async Task Only_administrators_browse_the_whole_ledger()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        using var leader = await app.ClientAsAsync(TestUsers.Leader);
        var id = await TestData.CreateOperatorAsync(admin);

        var entries = await (await admin.GetAsync(AuditApiPaths.EntriesOf("Operator", id))).ReadJsonAsync();

        entries.GetProperty("items").EnumerateArray().ShouldHaveSingleItem().GetProperty("action").GetString().ShouldBe("Insert");
        await (await leader.GetAsync(AuditApiPaths.Entries)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
