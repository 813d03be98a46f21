namespace Meterline.Helpers;

public static class ReturnUrlHelper
{
    public const string DefaultLanding = "/portal";

    public static string Normalize(string? returnUrl, string fallback = DefaultLanding)
    {
        if (string.IsNullOrWhiteSpace(returnUrl)) return fallback;

        return returnUrl.StartsWith('/') ? returnUrl : fallback;
    }
}
