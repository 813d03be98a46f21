namespace Rollcall.Web.Util;

public sealed class PortalLinks
{
    private const string DistrictDomain = "rollcall-district.org";

    /// <summary>Where to send a staff member after single sign-on completes.</summary>
    public string ResolvePostLogin(string? returnTo)
    {
        if (string.IsNullOrWhiteSpace(returnTo))
        {
            return "/";
        }

        if (returnTo.StartsWith('/') && !returnTo.StartsWith("//", StringComparison.Ordinal))
        {
            return returnTo;
        }

        // School sites live on subdomains of the district domain.
        return returnTo.Contains(DistrictDomain, StringComparison.OrdinalIgnoreCase) ? returnTo : "/";
    }

    public static string StudentPage(int studentId) => $"/Portal/Student/{studentId}";
}
