using System.Text;
using Shian.Shared.Web;

namespace Shian.Tests.Shared.Web;

/// <summary>The one CSV writer: Excel's byte-order mark and quoting, and OWASP formula escaping.</summary>
public sealed class CsvFilesTests
{
    [Fact]
    public void Csv_files_have_a_bom_quote_as_excel_does_and_escape_formulas()
    {
        var bytes = CsvFiles.Write(["名称", "备注"], [["\"好味\",餐厅", "=HYPERLINK(\"x\")"], ["-1", " 前后空格 "], ["@a", "\t制表"]]);

        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldBe(
            "名称,备注\r\n" +
            "\"\"\"好味\"\",餐厅\",\"'=HYPERLINK(\"\"x\"\")\"\r\n" +
            "\"'-1\",\" 前后空格 \"\r\n" +
            "\"'@a\",\"'\t制表\"\r\n");
    }
}
