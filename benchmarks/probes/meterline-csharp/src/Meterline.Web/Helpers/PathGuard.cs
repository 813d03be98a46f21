namespace Meterline.Helpers;

public static class PathGuard
{
    public static string? ResolveInside(string root, string relativePath)
    {
        var fullRoot = NormalizeRoot(root);
        var candidate = Path.GetFullPath(Path.Combine(fullRoot, relativePath));
        return candidate.StartsWith(fullRoot, StringComparison.Ordinal) ? candidate : null;
    }

    public static bool IsInside(string root, string path) =>
        Path.GetFullPath(path).StartsWith(NormalizeRoot(root), StringComparison.Ordinal);

    private static string NormalizeRoot(string root) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
}
