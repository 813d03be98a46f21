using System.Diagnostics;
using System.Globalization;
using Larderline.Configuration;
using Microsoft.Extensions.Options;

namespace Larderline.Infrastructure.Processes;

/// <summary>
/// Sends parcel labels to the CUPS printers on the packing floor.
/// </summary>
public sealed class LabelPrinter(IOptions<ProcessingOptions> options, ILogger<LabelPrinter> logger)
{
    public async Task<int> PrintAsync(string printer, string labelPath, int copies, CancellationToken ct)
    {
        var psi = new ProcessStartInfo("lp")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add("-d");
        psi.ArgumentList.Add(string.IsNullOrWhiteSpace(printer) ? options.Value.DefaultPrinter : printer);
        psi.ArgumentList.Add("-n");
        psi.ArgumentList.Add(copies.ToString(CultureInfo.InvariantCulture));
        psi.ArgumentList.Add("--");
        psi.ArgumentList.Add(labelPath);

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("lp did not start"); // SAFE cmdi
        var stdout = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        logger.LogInformation("lp: {Output}", stdout.Trim());
        return process.ExitCode;
    }

    public async Task<int> PrintBatchAsync(string printer, IReadOnlyList<string> labelPaths, CancellationToken ct)
    {
        var files = string.Join(' ', labelPaths.Select(p => $"'{p}'"));
        using var process = Process.Start("/bin/sh", $"-c \"lp -d {printer} -o fit-to-page {files}\""); // VULN cmdi
        await process.WaitForExitAsync(ct);
        return process.ExitCode;
    }

    public async Task<bool> CancelJobAsync(int jobId, CancellationToken ct)
    {
        using var process = Process.Start("cancel", jobId.ToString(CultureInfo.InvariantCulture)); // SAFE cmdi
        await process.WaitForExitAsync(ct);
        return process.ExitCode == 0;
    }
}
