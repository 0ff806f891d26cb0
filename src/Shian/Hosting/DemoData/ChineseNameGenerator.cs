using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel.Identifiers;

namespace Shian.Hosting.DemoData;

/// <summary>
/// Realistic Chinese operator names, people, addresses and identifiers from a seeded <see cref="Random"/>:
/// the same seed always gives the same data set.
/// </summary>
internal sealed class ChineseNameGenerator(Random random)
{
    private static readonly string[] Surnames = ["陈", "李", "黄", "张", "梁", "林", "刘", "吴", "冯", "谭", "邓", "何", "关", "甄", "余", "司徒", "伍", "区", "容", "赵"];
    private static readonly string[] GivenParts = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "华", "文", "志", "国", "建", "海", "燕", "玲", "桂", "英"];
    private static readonly string[] TradeNames = ["好味", "鸿发", "侨乡", "五邑", "新记", "荣华", "金穗", "丰源", "粤香", "福满", "顺景", "德信", "百味", "嘉禾", "悦来", "银洲", "潮连", "圭峰", "葵乡", "碉楼", "陈皮", "鳗乡", "丝苗", "宏图", "利民", "万家", "惠民", "康乐", "兴隆", "祥记"];
    private static readonly string[] Roads = ["建设路", "港口路", "白沙大道", "迎宾大道", "东华路", "江华路", "胜利路", "中山路", "人民路", "新会大道", "侨兴路", "环城路", "长堤路", "圭峰路", "台城大道", "新华路", "沿江路", "健康路", "民族路", "幸福路"];
    private static readonly string[] Mobile = ["138", "139", "135", "136", "137", "150", "151", "152", "158", "159", "186", "187", "188", "189", "133", "177"];

    public string Person() =>
        Pick(Surnames) + Pick(GivenParts) + (random.NextDouble() < 0.7 ? Pick(GivenParts) : "");

    public string Address(string districtName, string townName) =>
        $"江门市{districtName}{townName}{Pick(Roads)}{random.Next(1, 400)}号" + (random.NextDouble() < 0.3 ? $"{random.Next(1, 30)}座{random.Next(1, 20)}0{random.Next(1, 9)}" : "");

    public string Phone() => Pick(Mobile) + random.Next(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    public string OperatorName(string districtName, string townName, string category, OperatorEntityType type)
    {
        var trade = Pick(TradeNames);
        var place = random.NextDouble() < 0.5 ? districtName : townName;
        var person = Pick(Surnames);
        return (category, type) switch
        {
            (_, OperatorEntityType.PublicInstitution) when category == FoodBusinessCategories.SchoolCanteen =>
                $"江门市{place}{Pick(["第一", "第二", "实验", "华侨", "育才", "启明"])}{Pick(["小学", "中学", "幼儿园"])}食堂",
            (_, OperatorEntityType.PublicInstitution) => $"{place}{Pick(["人民医院", "街道办事处", "税务分局", "供电局", "中心卫生院"])}职工食堂",
            (FoodBusinessCategories.Production or FoodBusinessCategories.HealthFoodProduction, _) =>
                $"江门市{trade}{Pick(["食品", "调味品", "陈皮", "米业", "饮料", "水产品"])}有限公司",
            (_, OperatorEntityType.Cooperative) => $"{townName}{trade}{Pick(["果蔬", "水产", "禽畜", "柑橘"])}专业合作社",
            (FoodBusinessCategories.Catering, OperatorEntityType.IndividualBusiness) =>
                $"{place}{person}记{Pick(["餐馆", "烧腊店", "粥粉面店", "大排档", "茶餐厅", "糖水铺", "甜品店"])}",
            (FoodBusinessCategories.Catering, _) => $"江门市{trade}{Pick(["餐饮管理有限公司", "酒家有限公司", "饮食有限公司"])}",
            (FoodBusinessCategories.Sales, OperatorEntityType.IndividualBusiness) =>
                $"{place}{trade}{Pick(["便利店", "士多", "副食店", "商行", "粮油店", "水果店"])}",
            (FoodBusinessCategories.AgriculturalMarket, _) => $"江门市{place}{Pick(["农贸市场", "综合市场", "肉菜市场"])}经营管理有限公司",
            _ => $"江门市{trade}{Pick(["商贸", "超市", "贸易", "供应链"])}有限公司",
        };
    }

    /// <summary>A code that passes both GB 32100 checks, in the district of registration (composed by Operators' one implementation).</summary>
    public string CreditCode(OperatorEntityType type, string districtCode)
    {
        var (authority, category) = type switch
        {
            OperatorEntityType.IndividualBusiness => ('9', '2'),
            OperatorEntityType.Cooperative => ('9', '3'),
            OperatorEntityType.PublicInstitution => ('1', '2'),
            _ => ('9', '1'),
        };

        // The body starts with two digits, so demo codes never take the "MA" bodies Registration issues.
        Span<char> body = stackalloc char[8];
        for (var i = 0; i < 8; i++)
        {
            body[i] = CreditCodes.Charset[random.Next(i < 2 ? 10 : CreditCodes.Charset.Length)];
        }

        return CreditCodes.Compose(authority, category, districtCode, new string(body));
    }

    /// <summary>A GB 11643 number with a valid check character, born 1960–2000 in the district.</summary>
    public string IdNumber(string districtCode)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 40 * 365));
        var first17 = $"{districtCode}{birth:yyyyMMdd}{random.Next(0, 1000):D3}";
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
