namespace Larderline.Infrastructure.Files;

public static class PathSafety
{
    /// <summary>
    /// Resolves <paramref name="relative"/> against <paramref name="root"/> and refuses anything that lands outside it.
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
            throw new UnauthorizedAccessException($"'{relative}' is outside the storage area.");
        }
        return candidate;
    }

    public static string EnsureDirectory(string path)
    {
        Directory.CreateDirectory(path);
        return path;
    }
}
