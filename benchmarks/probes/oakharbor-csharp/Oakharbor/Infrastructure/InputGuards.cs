using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Oakharbor.Infrastructure;

public static class PathGuard
{
    /// <summary>
    /// Resolves <paramref name="relative"/> beneath <paramref name="root"/> and refuses anything that
    /// normalises to a location outside of it.
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
            throw new UnauthorizedAccessException($"Path '{relative}' resolves outside of the storage area.");
        }

        return candidate;
    }
}

public static class LdapFilter
{
    /// <summary>Escapes an assertion value for use inside an RFC 4515 search filter.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '\\': builder.Append("\\5c"); break;
                case '*': builder.Append("\\2a"); break;
                case '(': builder.Append("\\28"); break;
                case ')': builder.Append("\\29"); break;
                case '\0': builder.Append("\\00"); break;
                default: builder.Append(ch); break;
            }
        }
        return builder.ToString();
    }
}

public static class ReturnUrlPolicy
{
    public const string Home = "/";

    /// <summary>Used by the tenant portal sign-in, which only ever links back to portal pages.</summary>
    public static bool LooksLocal(string? returnUrl)
    {
        return !string.IsNullOrWhiteSpace(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.Contains("://", StringComparison.Ordinal);
    }

    public static string LocalOrHome(IUrlHelper url, string? returnUrl)
    {
        return !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : Home;
    }
}
