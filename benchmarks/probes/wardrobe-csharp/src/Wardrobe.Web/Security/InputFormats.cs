using System.Text.RegularExpressions;

namespace Wardrobe.Web.Security;

public static partial class InputFormats
{
    [GeneratedRegex(@"^[A-Z]{3}-[0-9]{4,6}\z")]
    private static partial Regex SkuPattern();

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\z")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^[0-9]{2,4}x[0-9]{2,4}\z")]
    private static partial Regex GeometryPattern();

    [GeneratedRegex(@"^[0-9+\-*/(). ]{1,200}\z")]
    private static partial Regex ArithmeticPattern();

    public static bool IsSku(string? value) => value is not null && SkuPattern().IsMatch(value);

    public static bool IsSlug(string? value) => value is not null && value.Length <= 120 && SlugPattern().IsMatch(value);

    public static bool IsGeometry(string? value) => value is not null && GeometryPattern().IsMatch(value);

    public static bool IsArithmetic(string? value) => value is not null && ArithmeticPattern().IsMatch(value);
}
