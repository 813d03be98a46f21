namespace Permitly.Web.Security;

public static class PathGuard
{
    /// <summary>
    /// Resolves <paramref name="relative"/> against <paramref name="root"/> and returns the absolute
    /// path, or null when the result would leave the root directory.
    /// </summary>
    public static string? ResolveUnder(string root, string relative)
    {
        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var candidate = Path.GetFullPath(Path.Combine(fullRoot, relative));
        return candidate.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? candidate : null;
    }

    public static bool IsUnder(string root, string path) => ResolveUnder(root, path) is not null;
}
