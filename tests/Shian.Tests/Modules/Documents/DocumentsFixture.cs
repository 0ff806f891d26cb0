using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Documents.Contracts;
using Shian.Shared.Persistence;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Documents;

/// <summary>Issues test documents through the module's contract, as another module would.</summary>
internal static class DocumentsFixture
{
    public static DocumentContent Licence(string number, DateTimeOffset? validUntil = null) => new(
        "test.licence",
        number,
        "食品经营许可证",
        TestData.TaishanTown,
        null,
        [new DocumentField("经营者名称", "台山市鸿运茶餐厅有限公司"), new DocumentField("住所", "江门市台山市台城街道环市路88号")],
        ["本许可证依据《食品经营许可和备案管理办法》核发。"],
        validUntil);

    public static async Task<(IssuedDocumentInfo Info, byte[] Pdf)> IssueAsync(this ShianAppFactory app, DocumentContent content)
    {
        using var scope = app.Services.CreateScope();
        var issuer = scope.ServiceProvider.GetRequiredService<IDocumentIssuer>();
        var info = await issuer.IssueAsync(content, TestContext.Current.CancellationToken);
        await scope.ServiceProvider.GetRequiredService<ShianDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        return (info, (await issuer.GetPdfAsync(info.Id, TestContext.Current.CancellationToken))!);
    }
}
