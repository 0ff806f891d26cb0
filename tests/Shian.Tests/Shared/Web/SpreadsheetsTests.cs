using System.IO.Compression;
using System.Text;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Tests.Shared.Web;

/// <summary>The shared spreadsheet helper: Chinese text round-trips, formulas stay text, uploads report their row numbers.</summary>
public sealed class SpreadsheetsTests
{
    private static readonly string[] Header = ["统一社会信用代码", "经营者名称", "备注", "分值"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_workbook_with_Chinese_text_reads_back_as_written_with_row_numbers()
    {
        using var file = new MemoryStream();
        await Spreadsheets.WriteXlsxAsync(file, Header,
        [
            ["91440781MA5XXXXX1A", "台山市鸿运茶餐厅有限公司", "江门市台山市台城街道", 86.5m],
            ["91440705MA5XXXXX2B", "新会区好味小吃店", null, 90],
        ], ct: Ct);

        file.Position = 0;
        var rows = Spreadsheets.Read(file);

        rows.Select(r => r.RowNumber).ShouldBe([2, 3]);
        rows[0]["经营者名称"].ShouldBe("台山市鸿运茶餐厅有限公司");
        rows[0]["统一社会信用代码"].ShouldBe("91440781MA5XXXXX1A");
        rows[0]["分值"].ShouldBe("86.5");
        rows[1]["备注"].ShouldBe("");
        rows[1]["没有这一列"].ShouldBe("");
    }

    [Fact]
    public async Task A_cell_that_looks_like_a_formula_is_written_as_text_and_read_back_unchanged()
    {
        using var file = new MemoryStream();
        await Spreadsheets.WriteXlsxAsync(file, Header, [["=1+1", "@SUM(A1)", "-2", "+86"]], ct: Ct);

        using (var zip = new ZipArchive(new MemoryStream(file.ToArray()), ZipArchiveMode.Read))
        {
            using var sheet = new StreamReader(zip.Entries.Single(e => e.FullName == "xl/worksheets/sheet1.xml").Open());
            var xml = await sheet.ReadToEndAsync(Ct);
            xml.ShouldNotContain("<x:f");
            xml.ShouldNotContain("<f>");
            xml.ShouldContain("=1+1");
        }

        file.Position = 0;
        var row = Spreadsheets.Read(file).Single();
        row["统一社会信用代码"].ShouldBe("=1+1");
        row["经营者名称"].ShouldBe("@SUM(A1)");
    }

    [Fact]
    public void A_csv_upload_reports_the_line_of_each_row_and_skips_blank_rows()
    {
        var text = "\uFEFF统一社会信用代码,经营者名称,备注,分值\r\n91440781MA5XXXXX1A,\"好味,小吃\",,80\r\n,,,\r\n91440705MA5XXXXX2B,\"两行\n备注\",x,\r\n92440705MA5XXXXX3C,乙,,1\r\n";

        var rows = Spreadsheets.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        rows.Select(r => r.RowNumber).ShouldBe([2, 4, 6]);
        rows[0]["经营者名称"].ShouldBe("好味,小吃");
        rows[1]["经营者名称"].ShouldBe("两行\n备注");
        rows[2]["经营者名称"].ShouldBe("乙");
    }

    [Fact]
    public void An_upload_without_a_usable_header_is_rejected()
    {
        var ex = Should.Throw<ShianException>(() => Spreadsheets.Read(new MemoryStream(Encoding.UTF8.GetBytes("a,a\r\n1,2\r\n"))));

        ex.Code.ShouldBe(Spreadsheets.HeaderInvalid);
        ex.StatusCode.ShouldBe(400);
    }
}
