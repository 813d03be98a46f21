using System.Diagnostics;

namespace Quayside.Api.Services;

public sealed class LabelPrinter
{
    private readonly ILogger<LabelPrinter> _logger;

    public LabelPrinter(ILogger<LabelPrinter> logger)
    {
        _logger = logger;
    }

    /// <summary>Sends a ZPL label file to one of the CUPS queues in the freight shed.</summary>
    public async Task PrintCargoLabelsAsync(string printerQueue, string labelFile, CancellationToken ct)
    {
        using var process = Process.Start("/bin/sh", $"-c \"lp -d {printerQueue} -o raw '{labelFile}'\""); // VULN cmdi
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            _logger.LogWarning("lp exited with {Code} for queue {Queue}", process.ExitCode, printerQueue);
        }
    }

    /// <summary>Prints a finished roster PDF to the bridge printer of the given vessel.</summary>
    public async Task PrintDocumentAsync(string printerQueue, string pdfPath, int copies, CancellationToken ct)
    {
        var psi = new ProcessStartInfo("lp")
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add("-d");
        psi.ArgumentList.Add(printerQueue);
        psi.ArgumentList.Add("-n");
        psi.ArgumentList.Add(Math.Clamp(copies, 1, 5).ToString());
        psi.ArgumentList.Add("--");
        psi.ArgumentList.Add(pdfPath);

        using var process = Process.Start(psi)!; // SAFE cmdi
        var stderr = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            _logger.LogWarning("lp failed for {Queue}: {Error}", printerQueue, stderr);
        }
    }
}
