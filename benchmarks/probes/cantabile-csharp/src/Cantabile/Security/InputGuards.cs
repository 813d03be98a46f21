using System.Text;

namespace Cantabile.Security;

public static class RedirectGuard
{
    private static readonly string[] PortalSections = { "/portal", "/library", "/adjudication", "/results" };

    /// <summary>True when the return target points inside the portal.</summary>
    public static bool IsPortalPath(string? target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            return false;
        }

        return target.StartsWith("/", StringComparison.Ordinal);
    }

    /// <summary>Strict variant used for links that are shared in emails.</summary>
    public static bool IsKnownSection(string? target)
    {
        if (string.IsNullOrEmpty(target) || target.Length < 2 || target[0] != '/' || target[1] == '/' || target[1] == '\\')
        {
            return false;
        }

        if (!Uri.TryCreate(target, UriKind.Relative, out _))
        {
            return false;
        }

        return PortalSections.Any(s => target.Equals(s, StringComparison.OrdinalIgnoreCase) || target.StartsWith(s + "/", StringComparison.OrdinalIgnoreCase));
    }
}

public static class PathGuard
{
    /// <summary>
    /// Resolves <paramref name="relative"/> under <paramref name="root"/> and refuses anything that escapes it.
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
            throw new UnauthorizedAccessException($"Path '{relative}' is outside the storage area.");
        }

        return candidate;
    }

    public static bool LooksLikePlainFileName(string name)
    {
        return !string.IsNullOrWhiteSpace(name) && !name.Contains("..", StringComparison.Ordinal);
    }
}

public static class LdapFilter
{
    /// <summary>RFC 4515 escaping of an assertion value.</summary>
    public static string EscapeValue(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '\\': sb.Append(@"\5c"); break;
                case '*': sb.Append(@"\2a"); break;
                case '(': sb.Append(@"\28"); break;
                case ')': sb.Append(@"\29"); break;
                case '\0': sb.Append(@"\00"); break;
                default: sb.Append(ch); break;
            }
        }

        return sb.ToString();
    }
}
