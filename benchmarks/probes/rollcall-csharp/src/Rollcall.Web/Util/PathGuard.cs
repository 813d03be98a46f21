namespace Rollcall.Web.Util;

public static class PathGuard
{
    /// <summary>
    /// Resolves <paramref name="relativePath"/> under <paramref name="root"/> and refuses anything that escapes it.
    /// </summary>
    public static string ResolveWithin(string root, string relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath))
        {
            throw new UnauthorizedAccessException("Empty path.");
        }

        var rootFull = Path.GetFullPath(root);
        if (!rootFull.EndsWith(Path.DirectorySeparatorChar))
        {
            rootFull += Path.DirectorySeparatorChar;
        }

        var candidate = Path.GetFullPath(Path.Combine(rootFull, relativePath));
        if (!candidate.StartsWith(rootFull, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException($"Path '{relativePath}' is outside the permitted folder.");
        }

        return candidate;
    }
}
