using System.Diagnostics;

namespace Returnly.Services;

public sealed class LabelPrintService(IOptions<ReturnlyOptions> options, ILogger<LabelPrintService> logger)
{
    private readonly string _labelRoot = options.Value.LabelRoot;

    // Desk printers in the returns office (CUPS).
    public async Task<int> PrintAsync(string printerName, string labelFile, int copies, CancellationToken ct)
    {
        var labelPath = Path.Combine(_labelRoot, Path.GetFileName(labelFile));
        using var process = Process.Start("/bin/sh", $"-c \"lp -d {printerName} -n {copies} '{labelPath}'\""); // VULN cmdi
        await process.WaitForExitAsync(ct);
        logger.LogInformation("Sent {Label} to {Printer} (exit {Exit})", labelPath, printerName, process.ExitCode);
        return process.ExitCode;
    }

    // Dock printers: same CUPS queue, but invoked without a shell.
    public async Task<int> PrintToQueueAsync(string printerName, string labelFile, CancellationToken ct)
    {
        var psi = new ProcessStartInfo("lp") { UseShellExecute = false, RedirectStandardError = true };
        psi.ArgumentList.Add("-d");
        psi.ArgumentList.Add(printerName);
        psi.ArgumentList.Add("--");
        psi.ArgumentList.Add(Path.Combine(_labelRoot, Path.GetFileName(labelFile)));
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("lp did not start"); // SAFE cmdi
        var stderr = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            logger.LogWarning("lp failed for {Printer}: {Error}", printerName, stderr);
        }
        return process.ExitCode;
    }

    public async Task<int> QueuedJobCountAsync(CancellationToken ct)
    {
        var psi = new ProcessStartInfo("/bin/sh", "-c \"lpstat -o | wc -l\"") { UseShellExecute = false, RedirectStandardOutput = true };
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("lpstat did not start"); // SAFE cmdi
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return int.TryParse(output.Trim(), out var count) ? count : 0;
    }
}
