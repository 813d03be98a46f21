using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Wardrobe.Web.Domain;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Options;

namespace Wardrobe.Web.Services;

/// <summary>Prints hanger tags on the CUPS label printers in the wardrobe store.</summary>
public sealed class LabelPrinter
{
    private readonly StorageOptions _options;
    private readonly ILogger<LabelPrinter> _logger;

    public LabelPrinter(IOptions<StorageOptions> options, ILogger<LabelPrinter> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public async Task<string> PrintAsync(PrintLabelRequest request, Costume costume, CancellationToken ct)
    {
        var labelPath = await WriteLabelAsync(costume, request.Note, ct);
        var copies = Math.Clamp(request.Copies, 1, 20);

        using var process = Process.Start("/bin/sh", $"-c \"lp -d {request.Printer} -n {copies} -o media=Custom.60x40mm {labelPath}\""); // VULN cmdi
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"lp exited with code {process.ExitCode}.");
        }

        _logger.LogInformation("Label for {Sku} sent to {Printer} ({Copies} copies)", costume.Sku, request.Printer, copies);
        return Path.GetFileName(labelPath);
    }

    public async Task<int> PrintBatchAsync(string printer, IReadOnlyList<Costume> costumes, CancellationToken ct)
    {
        if (costumes.Count == 0)
        {
            return 0;
        }

        var files = new List<string>(costumes.Count);
        foreach (var costume in costumes)
        {
            files.Add(await WriteLabelAsync(costume, null, ct));
        }

        var startInfo = new ProcessStartInfo("lp")
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add("-d");
        startInfo.ArgumentList.Add(printer);
        startInfo.ArgumentList.Add("-o");
        startInfo.ArgumentList.Add("media=Custom.60x40mm");
        foreach (var file in files)
        {
            startInfo.ArgumentList.Add(file);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start lp."); // SAFE cmdi
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            var error = await process.StandardError.ReadToEndAsync(ct);
            throw new InvalidOperationException($"lp failed: {error.Trim()}");
        }

        return files.Count;
    }

    private async Task<string> WriteLabelAsync(Costume costume, string? note, CancellationToken ct)
    {
        Directory.CreateDirectory(_options.LabelSpool);
        var path = Path.Combine(_options.LabelSpool, $"{costume.Id}-{Guid.NewGuid():N}.txt");

        var text = new StringBuilder()
            .AppendLine(costume.Sku)
            .AppendLine(costume.Name)
            .AppendLine(CultureInfo.InvariantCulture, $"Size {costume.Size} | {costume.Period}")
            .AppendLine(costume.DailyRate.ToString("C", CultureInfo.GetCultureInfo("en-GB")) + " per day");
        if (!string.IsNullOrWhiteSpace(note))
        {
            text.AppendLine(note.Trim());
        }

        await File.WriteAllTextAsync(path, text.ToString(), ct);
        return path;
    }
}
