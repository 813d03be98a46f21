namespace Quayside.Api.Security;

public static class PathSafety
{
    /// <summary>
    /// Resolves <paramref name="relative"/> under <paramref name="root"/> and refuses anything
    /// that normalises to a location outside the root directory.
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
            throw new UnauthorizedAccessException($"Path escapes storage root: {relative}");
        }

        return candidate;
    }

    public static bool IsInside(string root, string candidate)
    {
        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(candidate).StartsWith(fullRoot, StringComparison.Ordinal);
    }

    public static string StoredName(string originalName)
    {
        var extension = Path.GetExtension(Path.GetFileName(originalName)).ToLowerInvariant();
        if (extension is not (".pdf" or ".jpg" or ".png"))
        {
            extension = ".bin";
        }

        return $"{Guid.NewGuid():N}{extension}";
    }
}
