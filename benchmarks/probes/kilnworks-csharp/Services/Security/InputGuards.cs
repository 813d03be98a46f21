using System.Text;

namespace Kilnworks.Services.Security;

public static class UrlGuards
{
    public static bool IsLocalReturnUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return false;
        }
        if (url.Any(char.IsControl))
        {
            return false;
        }
        if (url.Length > 1 && (url[1] == '/' || url[1] == '\\'))
        {
            return false;
        }
        return Uri.TryCreate(url, UriKind.Relative, out _);
    }

    public static bool LooksLikeStudioPath(string? url)
    {
        return !string.IsNullOrEmpty(url) && url.StartsWith('/');
    }

    public static bool IsKilnLinkUrl(string url, string kilnLinkBase)
    {
        return url.StartsWith(kilnLinkBase, StringComparison.OrdinalIgnoreCase);
    }

    public static bool TryGetAllowedSupplierUri(string candidate, IEnumerable<string> allowedHosts, out Uri uri)
    {
        uri = null!;
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var parsed))
        {
            return false;
        }
        if (parsed.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(parsed.UserInfo) || !parsed.IsDefaultPort)
        {
            return false;
        }
        if (!allowedHosts.Contains(parsed.IdnHost, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }
        uri = parsed;
        return true;
    }
}

public static class PathGuards
{
    public static string ResolveWithin(string root, string relative)
    {
        var rootFull = Path.GetFullPath(root);
        if (!rootFull.EndsWith(Path.DirectorySeparatorChar))
        {
            rootFull += Path.DirectorySeparatorChar;
        }

        var candidate = Path.GetFullPath(Path.Combine(rootFull, relative));
        if (!candidate.StartsWith(rootFull, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException($"Path escapes storage root: {relative}");
        }
        return candidate;
    }

    public static bool HasNoTraversal(string name)
    {
        return !name.Contains("..", StringComparison.Ordinal) && !name.Contains('\\');
    }

    public static string SanitizeFileName(string name)
    {
        var justName = Path.GetFileName(name);
        foreach (var c in Path.GetInvalidFileNameChars())
        {
            justName = justName.Replace(c, '_');
        }
        return string.IsNullOrWhiteSpace(justName) ? "upload.bin" : justName;
    }
}

public static class LdapFilter
{
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append(@"\5c"); break;
                case '*': builder.Append(@"\2a"); break;
                case '(': builder.Append(@"\28"); break;
                case ')': builder.Append(@"\29"); break;
                case '\0': builder.Append(@"\00"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
