namespace Wardrobe.Web.Security;

public static class PathSafety
{
    /// <summary>
    /// Resolves <paramref name="relative"/> under <paramref name="root"/> and returns the full path,
    /// or null when the result would land outside the root.
    /// </summary>
    public static string? ResolveWithin(string root, string? relative)
    {
        if (string.IsNullOrWhiteSpace(relative) || relative.IndexOf('\0') >= 0)
        {
            return null;
        }

        var rootFull = Path.GetFullPath(root);
        if (!rootFull.EndsWith(Path.DirectorySeparatorChar))
        {
            rootFull += Path.DirectorySeparatorChar;
        }

        var candidate = Path.GetFullPath(Path.Combine(rootFull, relative));
        return candidate.StartsWith(rootFull, StringComparison.Ordinal) ? candidate : null;
    }
}
