namespace Innkeep.Helpers;

public static class PathGuard
{
    public static string ResolveWithin(string root, string relativePath)
    {
        var rootFull = NormalizeRoot(root);
        var candidate = Path.GetFullPath(Path.Combine(rootFull, relativePath));
        if (!candidate.StartsWith(rootFull, StringComparison.Ordinal))
            throw new UnauthorizedAccessException($"'{relativePath}' resolves outside of the permitted folder.");
        return candidate;
    }

    public static bool IsWithin(string root, string candidatePath)
    {
        var rootFull = NormalizeRoot(root);
        return Path.GetFullPath(candidatePath).StartsWith(rootFull, StringComparison.Ordinal);
    }

    private static string NormalizeRoot(string root) =>
        Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
}
