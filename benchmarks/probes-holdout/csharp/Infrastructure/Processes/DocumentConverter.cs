using System.Diagnostics;
using System.Text.RegularExpressions;
using Larderline.Configuration;
using Microsoft.Extensions.Options;

namespace Larderline.Infrastructure.Processes;

/// <summary>
/// Partners upload delivery notes as Word/ODF documents; drivers need PDFs on their tablets.
/// </summary>
public sealed partial class DocumentConverter(IOptions<ProcessingOptions> options, ILogger<DocumentConverter> logger)
{
    [GeneratedRegex(@"[A-Za-z0-9_\-]+\.(docx|odt|doc)", RegexOptions.IgnoreCase)]
    private static partial Regex NoteFileName();

    public async Task<string> ConvertToPdfAsync(string notesRoot, string fileName, CancellationToken ct)
    {
        if (!NoteFileName().IsMatch(fileName))
        {
            throw new ArgumentException("Only .docx, .doc and .odt delivery notes can be converted.", nameof(fileName));
        }

        using var process = Process.Start("/bin/sh", $"-c \"cd {notesRoot} && {options.Value.OfficeBinary} --headless --convert-to pdf --outdir pdf {fileName}\""); // VULN cmdi
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            logger.LogWarning("Conversion of {File} failed with {Code}", fileName, process.ExitCode);
        }
        return Path.Combine("pdf", Path.ChangeExtension(Path.GetFileName(fileName), ".pdf"));
    }
}
