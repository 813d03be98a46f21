using System.Diagnostics;
using System.Globalization;
using Cantabile.Config;
using Cantabile.Security;
using Microsoft.Extensions.Options;

namespace Cantabile.Services;

/// <summary>
/// Runs LilyPond to engrave rehearsal parts from the library's .ly sources.
/// </summary>
public sealed class EngravingService
{
    private readonly string _sourceRoot;
    private readonly string _outputRoot;
    private readonly ILogger<EngravingService> _logger;

    public EngravingService(IOptions<CantabileOptions> options, ILogger<EngravingService> logger)
    {
        _sourceRoot = Path.Combine(options.Value.StorageRoot, "parts");
        _outputRoot = options.Value.EngravingRoot;
        _logger = logger;
    }

    public async Task<string> EngraveAsync(Guid titleId, string sourceFile, string paperSize, CancellationToken ct)
    {
        var source = PathGuard.ResolveWithin(Path.Combine(_sourceRoot, titleId.ToString("N")), sourceFile);
        var outputDir = Path.Combine(_outputRoot, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outputDir);

        var psi = new ProcessStartInfo("/bin/bash")
        {
            WorkingDirectory = outputDir,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add($"lilypond -dpaper-size=\\\"{paperSize}\\\" --pdf -o score \"{source}\"");

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("LilyPond is not available."); // VULN cmdi
        var log = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        _logger.LogDebug("lilypond: {Log}", log);

        return Path.Combine(outputDir, "score.pdf");
    }

    public async Task<string> RenderPreviewAsync(Guid titleId, string sourceFile, int resolution, CancellationToken ct)
    {
        var source = PathGuard.ResolveWithin(Path.Combine(_sourceRoot, titleId.ToString("N")), sourceFile);
        var outputDir = Path.Combine(_outputRoot, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outputDir);

        var psi = new ProcessStartInfo("lilypond")
        {
            WorkingDirectory = outputDir,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("--png");
        psi.ArgumentList.Add($"-dresolution={Math.Clamp(resolution, 72, 300).ToString(CultureInfo.InvariantCulture)}");
        psi.ArgumentList.Add("-o");
        psi.ArgumentList.Add("preview");
        psi.ArgumentList.Add(source);

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("LilyPond is not available."); // SAFE cmdi
        await process.WaitForExitAsync(ct);
        return Path.Combine(outputDir, "preview.png");
    }
}
