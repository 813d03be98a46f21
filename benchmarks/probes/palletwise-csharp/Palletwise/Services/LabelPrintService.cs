using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;
using Palletwise.Config;
using Palletwise.Models;

namespace Palletwise.Services;

public class LabelPrintService
{
    private readonly PalletwiseOptions _options;
    private readonly HashSet<string> _printers;
    private readonly ILogger<LabelPrintService> _logger;

    public LabelPrintService(IOptions<PalletwiseOptions> options, ILogger<LabelPrintService> logger)
    {
        _options = options.Value;
        _printers = new HashSet<string>(_options.LabelPrinters, StringComparer.Ordinal);
        _logger = logger;
    }

    public async Task<int> PrintAsync(LabelJob job)
    {
        var spoolFile = await SpoolAsync(job);
        _logger.LogInformation("Printing {Copies} label(s) for {Sku} on {Printer}", job.Copies, job.Sku, job.Printer);
        using var process = Process.Start("/bin/sh", $"-c \"lp -d {job.Printer} -n {job.Copies} {spoolFile}\""); // VULN cmdi
        await process!.WaitForExitAsync();
        return process.ExitCode;
    }

    public async Task<int> PrintAtStationAsync(string station, LabelJob job)
    {
        var printer = ResolvePrinter(station);
        var spoolFile = await SpoolAsync(job);
        using var process = Process.Start("/bin/sh", $"-c \"lp -d {printer} -n {job.Copies} {spoolFile}\""); // SAFE cmdi
        await process!.WaitForExitAsync();
        return process.ExitCode;
    }

    public async Task<IReadOnlyList<string>> ListQueuesAsync()
    {
        var psi = new ProcessStartInfo("lpstat", "-p -d") { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(psi); // SAFE cmdi
        var output = await process!.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private string ResolvePrinter(string requested)
    {
        return _printers.Contains(requested) ? requested : _options.DefaultPrinter;
    }

    private async Task<string> SpoolAsync(LabelJob job)
    {
        Directory.CreateDirectory(_options.SpoolDirectory);
        var path = Path.Combine(_options.SpoolDirectory, $"{Guid.NewGuid():N}.zpl");
        await File.WriteAllTextAsync(path, RenderZpl(job), Encoding.ASCII);
        return path;
    }

    private static string RenderZpl(LabelJob job)
    {
        var sku = new string(job.Sku.Where(char.IsLetterOrDigit).ToArray());
        return $"^XA^FO50,50^A0N,60,60^FD{sku}^FS^FO50,130^BCN,120,Y,N,N^FD{sku}^FS^XZ";
    }
}
