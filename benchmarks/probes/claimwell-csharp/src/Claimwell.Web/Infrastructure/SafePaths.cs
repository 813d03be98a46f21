namespace Claimwell.Web.Infrastructure;

public static class SafePaths
{
    public static string ResolveWithin(string root, string relativePath)
    {
        var normalizedRoot = Path.GetFullPath(root);
        if (!normalizedRoot.EndsWith(Path.DirectorySeparatorChar))
        {
            normalizedRoot += Path.DirectorySeparatorChar;
        }

        var candidate = Path.GetFullPath(Path.Combine(normalizedRoot, relativePath));
        if (!candidate.StartsWith(normalizedRoot, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException($"Path '{relativePath}' resolves outside of the storage root.");
        }

        return candidate;
    }
}
