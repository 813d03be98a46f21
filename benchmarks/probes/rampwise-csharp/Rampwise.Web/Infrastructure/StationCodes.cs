using System.Text.RegularExpressions;

namespace Rampwise.Web.Infrastructure;

public static partial class StationCodes
{
    [GeneratedRegex("[A-Z]{3}")]
    private static partial Regex IataStationPattern();

    [GeneratedRegex("^[0-9]{10}$")]
    private static partial Regex BagTagPattern();

    [GeneratedRegex("^[A-Z0-9]{2}[0-9]{1,4}[A-Z]?$")]
    private static partial Regex FlightNumberPattern();

    [GeneratedRegex("[A-Z0-9-]{3,8}")]
    private static partial Regex TailNumberPattern();

    [GeneratedRegex("^[a-z0-9_-]{1,32}$")]
    private static partial Regex PrintQueuePattern();

    public static bool IsStation(string? value) => value is not null && IataStationPattern().IsMatch(value);

    public static bool IsBagTag(string? value) => value is not null && BagTagPattern().IsMatch(value);

    public static bool IsFlightNumber(string? value) => value is not null && FlightNumberPattern().IsMatch(value);

    public static bool IsTailNumber(string? value) => value is not null && TailNumberPattern().IsMatch(value);

    public static bool IsPrintQueue(string? value) => value is not null && PrintQueuePattern().IsMatch(value);
}
