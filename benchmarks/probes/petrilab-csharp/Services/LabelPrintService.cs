using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Petrilab.Data;
using Petrilab.Infrastructure;
using Petrilab.Models;

namespace Petrilab.Services;

/// <summary>Sends ZPL labels and PDF manifests to the CUPS queues of the Zebra printers.</summary>
public class LabelPrintService(IOptions<LabelPrinterOptions> options, ILogger<LabelPrintService> logger)
{
    private static readonly Regex PrinterQueue = new(@"^[A-Za-z0-9_-]{1,32}\z", RegexOptions.Compiled);

    public async Task<int> PrintSampleLabelAsync(Sample sample, LabelPrintRequest request, CancellationToken ct)
    {
        var copies = Math.Clamp(request.Copies, 1, 10);
        var zplFile = await WriteZplAsync(sample, request.Format ?? "2x1", ct);
        using var proc = Process.Start("/bin/sh", $"-c \"lp -d {request.PrinterName} -n {copies} -o raw '{zplFile}'\""); // VULN cmdi
        await proc.WaitForExitAsync(ct);
        logger.LogInformation("Label for {Accession} sent to {Printer} (exit {Exit})", sample.Accession, request.PrinterName, proc.ExitCode);
        return proc.ExitCode;
    }

    public async Task<int> PrintAtStationAsync(Sample sample, StationPrintRequest request, CancellationToken ct)
    {
        if (!options.Value.Stations.TryGetValue(request.Station, out var queue))
        {
            throw new ArgumentException($"Unknown print station '{request.Station}'");
        }

        var zplFile = await WriteZplAsync(sample, "2x1", ct);
        var psi = new ProcessStartInfo("lp") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in new[] { "-d", queue, "-n", Math.Clamp(request.Copies, 1, 10).ToString(CultureInfo.InvariantCulture), "-o", "raw", zplFile })
        {
            psi.ArgumentList.Add(arg);
        }

        using var proc = Process.Start(psi) ?? throw new InvalidOperationException("lp could not be started"); // SAFE cmdi
        await proc.WaitForExitAsync(ct);
        return proc.ExitCode;
    }

    public async Task<string> PrinterStatusAsync(string printerName, CancellationToken ct)
    {
        if (!PrinterQueue.IsMatch(printerName))
        {
            throw new ArgumentException("Printer names may only contain letters, digits, '-' and '_'");
        }

        using var proc = Process.Start(new ProcessStartInfo("/bin/sh", $"-c \"lpstat -l -p {printerName}\"") { RedirectStandardOutput = true, UseShellExecute = false })!; // SAFE cmdi
        var output = await proc.StandardOutput.ReadToEndAsync(ct);
        await proc.WaitForExitAsync(ct);
        return output.Trim();
    }

    public async Task PrintManifestAsync(ManifestPrintRequest request, string manifestFile, CancellationToken ct)
    {
        if (!PrinterQueue.IsMatch(request.PrinterName))
        {
            throw new ArgumentException("Printer names may only contain letters, digits, '-' and '_'");
        }

        var tray = string.IsNullOrWhiteSpace(request.Tray) ? "Auto" : request.Tray.Trim();
        using var proc = Process.Start("/bin/sh", $"-c \"lp -d {request.PrinterName} -o InputSlot={tray} -o fit-to-page '{manifestFile}'\""); // VULN cmdi
        await proc.WaitForExitAsync(ct);
        if (proc.ExitCode != 0)
        {
            logger.LogWarning("Manifest for route {Route} failed to print on {Printer}", request.RouteCode, request.PrinterName);
        }
    }

    private async Task<string> WriteZplAsync(Sample sample, string format, CancellationToken ct)
    {
        var (width, height) = format switch
        {
            "3x2" => (609, 406),
            "2x1" => (406, 203),
            _ => (406, 203),
        };

        var zpl = new StringBuilder()
            .Append("^XA")
            .Append(CultureInfo.InvariantCulture, $"^PW{width}^LL{height}")
            .Append("^FO20,20^BY2^BCN,80,Y,N,N^FD").Append(sample.Accession).Append("^FS")
            .Append("^FO20,130^A0N,28,28^FD").Append(sample.PatientName).Append(" / ").Append(sample.Species).Append("^FS")
            .Append("^FO20,165^A0N,22,22^FD").Append(sample.PanelCode).Append(' ').Append(sample.CollectedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("^FS")
            .Append("^XZ");

        Directory.CreateDirectory(options.Value.SpoolDirectory);
        var path = Path.Combine(options.Value.SpoolDirectory, $"{sample.Id}-{Guid.NewGuid():N}.zpl");
        await File.WriteAllTextAsync(path, zpl.ToString(), ct);
        return path;
    }
}
