namespace Shian.Modules.Operators.Contracts;

/// <summary>
/// A tab another module adds to the operator's file page (许可, 检查, 抽检 …). Register one as a singleton in the
/// module's Add method. <paramref name="Component"/> is a Razor component with a <c>[Parameter] Guid OperatorId</c>;
/// it renders inside the page (static SSR) and reads its own data, scoped like every query.
/// </summary>
public sealed record OperatorFileTab(string Key, string TitleZh, string TitleEn, int Order, Type Component)
{
    public string Title(System.Globalization.CultureInfo culture) =>
        culture.Name.StartsWith("en", StringComparison.Ordinal) ? TitleEn : TitleZh;
}
