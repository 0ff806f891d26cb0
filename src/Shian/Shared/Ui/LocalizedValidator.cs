using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Shian.Shared.Kernel;

namespace Shian.Shared.Ui;

/// <summary>
/// DataAnnotations validation for Blazor forms whose <c>ErrorMessage</c>s are message keys
/// (<c>[Required(ErrorMessage = "operators.name_required")]</c>): the same annotations the API checks, with the
/// message in the reader's language. Use it in place of <c>DataAnnotationsValidator</c>.
/// </summary>
public sealed class LocalizedValidator : ComponentBase, IDisposable
{
    private ValidationMessageStore? _store;
    private EditContext? _context;

    [CascadingParameter]
    private EditContext? CurrentEditContext { get; set; }

    protected override void OnParametersSet()
    {
        if (CurrentEditContext is null || ReferenceEquals(CurrentEditContext, _context))
        {
            return;
        }

        Detach();
        _context = CurrentEditContext;
        _store = new ValidationMessageStore(_context);
        _context.OnValidationRequested += ValidateModel;
        _context.OnFieldChanged += ValidateField;
    }

    private void ValidateModel(object? sender, ValidationRequestedEventArgs e)
    {
        var model = _context!.Model;
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true);
        _store!.Clear();
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames)
            {
                _store.Add(_context.Field(member), Localize(result.ErrorMessage));
            }
        }

        _context.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        var field = e.FieldIdentifier;
        var property = field.Model.GetType().GetProperty(field.FieldName);
        if (property is null)
        {
            return;
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateProperty(property.GetValue(field.Model), new ValidationContext(field.Model) { MemberName = field.FieldName }, results);
        _store!.Clear(field);
        foreach (var result in results)
        {
            _store.Add(field, Localize(result.ErrorMessage));
        }

        _context!.NotifyValidationStateChanged();
    }

    /// <summary>A message key becomes its message; anything else (a framework default) stays as it is.</summary>
    public static string Localize(string? message) => Messages.IsKey(message) ? Messages.Get(message!) : message ?? "";

    private void Detach()
    {
        if (_context is not null)
        {
            _context.OnValidationRequested -= ValidateModel;
            _context.OnFieldChanged -= ValidateField;
        }
    }

    public void Dispose() => Detach();
}
