namespace Rampwise.Web.Infrastructure;

public static class PathGuard
{
    /// <summary>
    /// Combines <paramref name="relative"/> with <paramref name="root"/> and throws when the
    /// normalised result leaves the root directory.
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

    public static bool LooksLikeTraversal(string name) =>
        name.Contains("..", StringComparison.Ordinal) || name.Contains('\\') || name.StartsWith('/');
}
