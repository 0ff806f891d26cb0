using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Shian.Shared.Kernel;
using Shian.Shared.Ui;

namespace Shian.Modules.Licensing.Features.Forms;

/// <summary>
/// What the lifecycle, filing and SC pages share: read what was typed from the posted form, validate the handler's
/// request with its own DataAnnotations (the messages the API gives, in the reader's language), and collect field errors by the API's names.
/// </summary>
internal sealed class PageForm(HttpContext context)
{
    public Dictionary<string, string> Errors { get; } = [];

    public bool IsPost => HttpMethods.IsPost(context.Request.Method);

    /// <summary>The posted value, or null when empty or not a post.</summary>
    public string? this[string name] => IsPost && context.Request.Form[name].ToString() is { Length: > 0 } value ? value : null;

    public HashSet<string> Checked(string name) =>
        IsPost ? [.. context.Request.Form[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!)] : [];

    /// <summary>False with <see cref="Errors"/> filled when the request breaks its own annotations.</summary>
    public bool Validate(object request)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
        {
            return true;
        }

        foreach (var result in results)
        {
            foreach (var member in result.MemberNames)
            {
                Errors.TryAdd(JsonNamingPolicy.CamelCase.ConvertName(member), LocalizedValidator.Localize(result.ErrorMessage));
            }
        }

        return false;
    }

    /// <summary>A refusal's field errors (already named as the API names them).</summary>
    public void Add(ShianException e)
    {
        foreach (var (field, messages) in e.Errors ?? new Dictionary<string, string[]>())
        {
            Errors[field] = string.Join(" ", messages);
        }
    }
}
