using System.Globalization;
using Shian.Modules.Audit.Contracts.Ui;
using Shian.Shared.Persistence;

namespace Shian.Tests.Modules.Audit.BrowseLedger;

/// <summary>The ledger pages name what changed in words (风险等级, not OperatorGrade): every audited type has a label.</summary>
public sealed class EntityLabelTests
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void Every_audited_entity_type_has_a_label_in_both_languages(string culture)
    {
        var audited = typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAudited).IsAssignableFrom(t))
            .Select(t => t.Name)
            .ToList();
        audited.Count.ShouldBeGreaterThan(30);

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            audited.Where(t => !AuditLabels.HasEntityLabel(t)).ShouldBeEmpty("add Entity_<Type> to AuditText.resx and AuditText.en.resx");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
