using System.Diagnostics;
using Rampwise.Web.Infrastructure;

namespace Rampwise.Web.Services;

/// <summary>Sends loadsheets to the CUPS queues in the ramp offices and the dispatch desk.</summary>
public class LoadsheetPrintService
{
    private readonly ILogger<LoadsheetPrintService> _logger;

    public LoadsheetPrintService(ILogger<LoadsheetPrintService> logger)
    {
        _logger = logger;
    }

    public async Task<int> PrintAsync(string flightNumber, string printQueue, string pdfPath, int copies, CancellationToken ct)
    {
        if (!StationCodes.IsFlightNumber(flightNumber))
        {
            throw new ArgumentException("Invalid flight number", nameof(flightNumber));
        }

        var command = $"lp -d {printQueue} -n {Math.Clamp(copies, 1, 5)} -t \"Loadsheet {flightNumber}\" \"{pdfPath}\"";
        var psi = new ProcessStartInfo("/bin/bash") { UseShellExecute = false, RedirectStandardOutput = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(command);
        using var process = Process.Start(psi)!; // VULN cmdi
        await process.WaitForExitAsync(ct);
        _logger.LogInformation("Loadsheet for {Flight} sent to {Queue}", flightNumber, printQueue);
        return process.ExitCode;
    }

    public async Task<string> QueueStatusAsync(string printQueue, CancellationToken ct)
    {
        if (!StationCodes.IsPrintQueue(printQueue))
        {
            throw new ArgumentException("Invalid print queue", nameof(printQueue));
        }

        var psi = new ProcessStartInfo("lpstat") { UseShellExecute = false, RedirectStandardOutput = true };
        psi.ArgumentList.Add("-p");
        psi.ArgumentList.Add(printQueue);
        using var process = Process.Start(psi)!; // SAFE cmdi
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return output.Trim();
    }
}
