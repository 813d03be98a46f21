using System.Text.RegularExpressions;

namespace Returnly.Helpers;

public static partial class RmaNumber
{
    [GeneratedRegex(@"^RMA-[0-9]{8}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    public static string EnsureValid(string? value) =>
        IsValid(value) ? value! : throw new ArgumentException($"'{value}' is not a valid RMA number", nameof(value));

    public static string Format(long sequence) => $"RMA-{sequence:D8}";
}
