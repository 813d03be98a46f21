using System.Net;

namespace Fellside.Infrastructure;

public static class PathGuard
{
    /// <summary>
    /// Resolves <paramref name="relative"/> beneath <paramref name="root"/>, refusing anything that
    /// would land outside it once normalised.
    /// </summary>
    public static string ResolveWithin(string root, string relative)
    {
        var fullRoot = Path.GetFullPath(root);
        if (!fullRoot.EndsWith(Path.DirectorySeparatorChar))
        {
            fullRoot += Path.DirectorySeparatorChar;
        }

        var candidate = Path.GetFullPath(Path.Combine(fullRoot, relative));
        if (!candidate.StartsWith(fullRoot, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException($"Path '{relative}' escapes the storage root.");
        }

        return candidate;
    }

    public static bool LooksLikeTraversal(string value) =>
        value.Contains("..", StringComparison.Ordinal) || value.StartsWith('/') || value.StartsWith('\\');
}

public static class UrlGuard
{
    public static bool TryCreateAllowedTileUri(string raw, IReadOnlyCollection<string> allowedHosts, out Uri uri)
    {
        uri = null!;
        if (!Uri.TryCreate(raw, UriKind.Absolute, out var parsed))
        {
            return false;
        }

        if (parsed.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        if (!allowedHosts.Contains(parsed.IdnHost, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        if (IPAddress.TryParse(parsed.Host, out _))
        {
            return false;
        }

        uri = parsed;
        return true;
    }

    public static bool IsWebhookTarget(string? url, string prefix) =>
        !string.IsNullOrEmpty(url) && url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}

public static class ReturnUrls
{
    public const string BookingHome = "/huts";

    /// <summary>Keeps post-booking navigation on the site.</summary>
    public static string ForBooking(string? returnTo)
    {
        if (string.IsNullOrEmpty(returnTo))
        {
            return BookingHome;
        }

        return returnTo.StartsWith("/") ? returnTo : BookingHome;
    }

    public static bool IsLocalPath(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (value[0] != '/')
        {
            return false;
        }

        if (value.Length > 1 && (value[1] == '/' || value[1] == '\\'))
        {
            return false;
        }

        return !value.Contains("://", StringComparison.Ordinal);
    }
}
