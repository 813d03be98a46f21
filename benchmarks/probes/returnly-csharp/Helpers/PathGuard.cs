namespace Returnly.Helpers;

public static class PathGuard
{
    /// <summary>Resolves <paramref name="relativePath"/> under <paramref name="root"/>; throws if it would leave the root.</summary>
    public static string ResolveWithin(string root, string relativePath)
    {
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var candidate = Path.GetFullPath(Path.Combine(rootFull, relativePath));
        if (!candidate.StartsWith(rootFull, StringComparison.Ordinal)) throw new UnauthorizedAccessException($"Path '{relativePath}' resolves outside of the storage root");
        return candidate;
    }
}
