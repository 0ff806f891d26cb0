using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Shian.Shared.Kernel;

namespace Shian.Shared.Web;

/// <summary>
/// A NUL character (U+0000) is never meaningful in what a person or system types, and PostgreSQL refuses to store it
/// in text (<c>invalid byte sequence for encoding "UTF8": 0x00</c>, a 500). It is refused at the door instead, as 400
/// <see cref="ErrorCodes.NulCharacter"/>: in JSON strings (a converter), and in query and form values (a middleware).
/// </summary>
internal static class NulCharacters
{
    /// <summary>Runs after antiforgery, which has read a posted form by then; a form nobody read is left to its endpoint.</summary>
    public static IApplicationBuilder UseNulRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Contains(context.Request.Query) || (context.Features.Get<IFormFeature>()?.Form is { } form && Contains(form)))
        {
            throw ShianException.WithStatus(StatusCodes.Status400BadRequest, ErrorCodes.NulCharacter);
        }

        await next(context);
    });

    private static bool Contains(IEnumerable<KeyValuePair<string, StringValues>> values) =>
        values.Any(v => v.Key.Contains('\0', StringComparison.Ordinal) || v.Value.Any(s => s?.Contains('\0', StringComparison.Ordinal) == true));

    /// <summary>Reads JSON strings (values and property names) and refuses one holding a NUL; the body is then malformed.</summary>
    public sealed class RefusingConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString());

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

        public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString())!;

        public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

        private static string? Checked(string? value) =>
            value?.Contains('\0', StringComparison.Ordinal) == true ? throw new JsonException(Messages.Get(ErrorCodes.NulCharacter)) : value;
    }
}
