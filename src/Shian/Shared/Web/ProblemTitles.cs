namespace Shian.Shared.Web;

/// <summary>Short Chinese titles for the statuses we return; the detail carries the specifics.</summary>
internal static class ProblemTitles
{
    public static string For(int status) => status switch
    {
        400 => "请求有误",
        401 => "需要登录",
        403 => "无权操作",
        404 => "未找到",
        405 => "不支持的请求方法",
        409 => "冲突",
        413 => "请求内容过大",
        415 => "不支持的内容类型",
        422 => "不符合业务规则",
        429 => "请求过于频繁",
        _ when status >= 500 => "服务器错误",
        _ => "请求未完成",
    };
}
