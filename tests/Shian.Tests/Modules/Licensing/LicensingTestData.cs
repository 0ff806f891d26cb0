using System.Net.Http.Json;
using System.Text.Json;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Licensing;

internal static class LicensingTestData
{
    public static string NewIdNumber() => TestData.NewIdNumber();

    public static Dictionary<string, object?> Application(Guid? operatorId, string town = TestData.TaishanTown) => new()
    {
        ["operatorId"] = operatorId,
        ["premisesAddress"] = "江门市台山市台城街道测试路" + Guid.NewGuid().ToString("N")[..8] + "号",
        ["premisesTownCode"] = town,
        ["businessType"] = 1,
        ["businessItems"] = new[] { "prepackaged", "bulk" },
        ["legalRepresentativeIdNumber"] = NewIdNumber(),
        ["commitment"] = true,
        ["materials"] = new Dictionary<string, bool>
        {
            ["application_form"] = true,
            ["premises_layout"] = true,
            ["safety_system"] = true,
            ["safety_manager"] = true,
        },
        ["idempotencyKey"] = Guid.NewGuid().ToString("N"),
    };

    /// <summary>
    /// Posts the application. A material counts only with an uploaded file, so each "yes" of the old checklist
    /// answers is uploaded first (a small unique PDF) unless the body already names files.
    /// </summary>
    public static async Task<HttpResponseMessage> ApplyAsync(HttpClient client, Dictionary<string, object?> body)
    {
        await WithMaterialFilesAsync(client, body);
        return await client.PostAsJsonAsync(LicensingApiPaths.Applications, body, TestData.Json);
    }

    public static async Task WithMaterialFilesAsync(HttpClient client, Dictionary<string, object?> body)
    {
        if (body.ContainsKey("materialFiles") || body.GetValueOrDefault("materials") is not Dictionary<string, bool> answers)
        {
            return;
        }

        // Best effort: where the caller may not upload (wrong operator, out of scope), the submission itself
        // must answer with its own refusal, so a refused upload just leaves the material out.
        var files = new Dictionary<string, Guid>();
        foreach (var (key, _) in answers.Where(a => a.Value))
        {
            using var response = await UploadAsync(client, key, body.GetValueOrDefault("operatorId") as Guid?, Pdf(), "材料.pdf");
            if (response.StatusCode == System.Net.HttpStatusCode.Created)
            {
                files[key] = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
            }
        }

        body["materialFiles"] = files;
    }

    public static async Task<Guid> UploadIdAsync(HttpClient client, string material, Guid? operatorId, byte[]? content = null)
    {
        using var response = await UploadAsync(client, material, operatorId, content ?? Pdf(), "材料.pdf");
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string? material, Guid? operatorId, byte[]? content, string fileName)
    {
        var form = new MultipartFormDataContent();
        if (material is not null)
        {
            form.Add(new StringContent(material), "material");
        }

        if (operatorId is { } id)
        {
            form.Add(new StringContent(id.ToString()), "operatorId");
        }

        if (content is not null)
        {
            form.Add(new ByteArrayContent(content), "file", fileName);
        }

        return client.PostAsync(LicensingApiPaths.Materials, form);
    }

    /// <summary>A minimal complete PDF, unique per call so that uploads do not all share one stored file.</summary>
    public static byte[] Pdf() => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {Guid.NewGuid():N}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, .. Guid.NewGuid().ToByteArray(), 0xFF, 0xD9];

    public static byte[] Png() =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Guid.NewGuid().ToByteArray(), 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    public static JsonElement FailedRule(JsonElement application, string rule) =>
        application.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == rule);
}
