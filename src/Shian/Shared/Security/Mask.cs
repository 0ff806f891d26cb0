namespace Shian.Shared.Security;

/// <summary>How personal data is shown in lists and logs: enough to recognise, not enough to use.</summary>
public static class Mask
{
    /// <summary>440703199001011234 → 4407**********1234.</summary>
    public static string IdNumber(string? value) => Keep(value, 4, 4);

    /// <summary>13812345678 → 138****5678.</summary>
    public static string Phone(string? value) => Keep(value, 3, 4);

    /// <summary>张三丰 → 张**.</summary>
    public static string PersonName(string? value) => Keep(value, 1, 0);

    private static string Keep(string? value, int head, int tail)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value.Length <= head + tail)
        {
            return new string('*', value.Length);
        }

        return string.Concat(value.AsSpan(0, head), new string('*', value.Length - head - tail), value.AsSpan(value.Length - tail));
    }
}
