namespace Palletwise.Helpers;

public static class PathGuard
{
    public static string ResolveWithin(string root, string relativePath)
    {
        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var candidate = Path.GetFullPath(Path.Combine(fullRoot, relativePath));
        if (!candidate.StartsWith(fullRoot, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException("Requested document is outside the document store.");
        }

        return candidate;
    }

    public static string CleanFileName(string? uploadedName)
    {
        var name = Path.GetFileName(uploadedName ?? string.Empty);
        foreach (var invalid in Path.GetInvalidFileNameChars())
        {
            name = name.Replace(invalid, '_');
        }

        name = name.Trim('.', ' ');
        return string.IsNullOrEmpty(name) ? "upload.bin" : name;
    }
}
