namespace Enrolla.Core.Util;

public static class PathGuard
{
    public static string ResolveUnder(string root, string relativePath)
    {
        var fullRoot = NormaliseRoot(root);
        var candidate = Path.GetFullPath(Path.Combine(fullRoot, relativePath));
        if (!candidate.StartsWith(fullRoot, StringComparison.Ordinal))
            throw new UnauthorizedAccessException($"Path '{relativePath}' is outside the permitted directory.");
        return candidate;
    }

    public static bool IsUnder(string root, string fullPath) =>
        Path.GetFullPath(fullPath).StartsWith(NormaliseRoot(root), StringComparison.Ordinal);

    private static string NormaliseRoot(string root) =>
        Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
}
