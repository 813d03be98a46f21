namespace Claimwell.Web.Infrastructure;

public static class ReturnUrlValidator
{
    /// <summary>Only application-relative return URLs are accepted after sign-in.</summary>
    public static bool IsSafe(string? returnUrl) =>
        !string.IsNullOrWhiteSpace(returnUrl) && returnUrl.StartsWith('/');
}
