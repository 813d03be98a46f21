using System.Diagnostics;
using System.Globalization;
using Claimwell.Web.Options;
using Microsoft.Extensions.Options;

namespace Claimwell.Web.Services;

public enum PreviewSize
{
    Thumbnail = 240,
    Medium = 800,
    Large = 1600
}

public sealed class DocumentConversionService
{
    private static readonly TimeSpan ConversionTimeout = TimeSpan.FromMinutes(2);

    private readonly ConversionOptions _options;
    private readonly ILogger<DocumentConversionService> _logger;

    public DocumentConversionService(IOptions<ConversionOptions> options, ILogger<DocumentConversionService> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public async Task<string> ConvertAsync(string sourcePath, string targetFormat, CancellationToken ct)
    {
        var outputDirectory = Path.Combine(Path.GetDirectoryName(sourcePath)!, "converted");
        Directory.CreateDirectory(outputDirectory);

        using var process = Process.Start("/bin/sh", $"-c \"{_options.SofficePath} --headless --convert-to {targetFormat} --outdir '{outputDirectory}' '{sourcePath}'\""); // VULN cmdi
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ConversionTimeout);
        await process.WaitForExitAsync(timeout.Token);

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"soffice exited with code {process.ExitCode}");
        }

        var extension = targetFormat.Split(':', 2)[0];
        var produced = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(sourcePath) + "." + extension);
        _logger.LogInformation("Converted {Source} to {Output}", sourcePath, produced);
        return produced;
    }

    public async Task<IReadOnlyList<string>> RenderPreviewAsync(string sourcePath, Guid documentId, PreviewSize size, CancellationToken ct)
    {
        var outputDirectory = Path.Combine(Path.GetDirectoryName(sourcePath)!, "previews");
        Directory.CreateDirectory(outputDirectory);
        var prefix = Path.Combine(outputDirectory, documentId.ToString("N"));

        var startInfo = new ProcessStartInfo(_options.PdfToPpmPath)
        {
            UseShellExecute = false,
            RedirectStandardError = true
        };
        startInfo.ArgumentList.Add("-png");
        startInfo.ArgumentList.Add("-scale-to");
        startInfo.ArgumentList.Add(((int)size).ToString(CultureInfo.InvariantCulture));
        startInfo.ArgumentList.Add("-l");
        startInfo.ArgumentList.Add("5");
        startInfo.ArgumentList.Add(sourcePath);
        startInfo.ArgumentList.Add(prefix);

        using var process = Process.Start(startInfo)!; // SAFE cmdi
        var stderr = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            _logger.LogWarning("pdftoppm failed for {Document}: {Error}", documentId, stderr);
            return Array.Empty<string>();
        }

        return Directory.GetFiles(outputDirectory, documentId.ToString("N") + "*.png").OrderBy(f => f, StringComparer.Ordinal).ToList();
    }
}
