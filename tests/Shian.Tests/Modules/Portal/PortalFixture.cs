using System.Text;
using System.Text.Json;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Catering.CateringTestData;

namespace Shian.Tests.Modules.Portal;

/// <summary>Graded establishments to search for, and small readers of the open data's JSON and CSV.</summary>
internal static class PortalFixture
{
    /// <summary>Four graded establishments whose names share a token: three in Taishan (A-rated excellent, good, rectifying), one in Xinhui.</summary>
    public static async Task<(string Token, Guid Excellent, Guid Good, Guid Rectifying, Guid Xinhui)> ArrangeEstablishmentsAsync(this ShianAppFactory app)
    {
        var token = TestData.Token();
        var (excellent, _) = await ExistingOperatorAsync(app, name: $"甲{token}酒家");
        var (good, _) = await ExistingOperatorAsync(app, name: $"乙{token}饭店");
        var (rectifying, _) = await ExistingOperatorAsync(app, name: $"丙{token}小吃");
        var (xinhui, _) = await ExistingOperatorAsync(app, TestData.XinhuiTown, $"丁{token}茶楼");
        await CompleteInspectionAsync(app, excellent, 92m, Today.AddMonths(-13));
        await CompleteInspectionAsync(app, excellent, 95m);
        await CompleteInspectionAsync(app, good, 80m);
        await CompleteInspectionAsync(app, rectifying, 55m);
        await CompleteInspectionAsync(app, xinhui, 91m, town: TestData.XinhuiTown);
        return (token, excellent, good, rectifying, xinhui);
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string url) => await (await client.GetAsync(url, TestContext.Current.CancellationToken)).ReadJsonAsync();

    public static List<string> Names(JsonElement page) =>
        page.GetProperty("establishments").EnumerateArray().Select(e => e.GetProperty("businessName").GetString()!).ToList();

    /// <summary>A small RFC 4180 reader: quoted fields, doubled quotes, CRLF rows.</summary>
    public static class Csv
    {
        public static List<string[]> Parse(string text)
        {
            var rows = new List<string[]>();
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    rows.Add([.. fields]);
                    fields.Clear();
                    i++;
                }
                else
                {
                    field.Append(c);
                }
            }

            return rows;
        }
    }
}
