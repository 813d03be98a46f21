using System.Diagnostics;
using System.Text.RegularExpressions;
using Fellside.Options;
using Microsoft.Extensions.Options;

namespace Fellside.Services;

public class ReportExporter
{
    private readonly FellsideOptions _options;
    private readonly ILogger<ReportExporter> _logger;

    public ReportExporter(IOptions<FellsideOptions> options, ILogger<ReportExporter> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public string OutputPathFor(int calloutId, string suffix) =>
        Path.Combine(_options.ReportOutput, $"callout-{calloutId}-{suffix}.pdf");

    /// <summary>Full incident report for the police liaison, with the title on every page header.</summary>
    public async Task<string> ExportIncidentReportAsync(int calloutId, string title, string htmlPath, CancellationToken ct)
    {
        var output = OutputPathFor(calloutId, "incident");
        var command = $"wkhtmltopdf --quiet --header-center '{title}' --footer-right '[page]/[topage]' {htmlPath} {output}";
        _logger.LogInformation("Rendering incident report for callout {Id}", calloutId);

        using var process = Process.Start("/bin/sh", new[] { "-c", command }); // VULN cmdi
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wkhtmltopdf exited with {process.ExitCode}");
        }

        return output;
    }

    /// <summary>One-page summary handed to the hut warden and the casualty's family liaison.</summary>
    public async Task<string> ExportSummaryAsync(int calloutId, string title, string? subtitle, string htmlPath, CancellationToken ct)
    {
        var output = OutputPathFor(calloutId, "summary");
        var psi = new ProcessStartInfo("wkhtmltopdf")
        {
            UseShellExecute = false,
            RedirectStandardError = true
        };
        psi.ArgumentList.Add("--quiet");
        psi.ArgumentList.Add("--header-center");
        psi.ArgumentList.Add(title);
        if (!string.IsNullOrWhiteSpace(subtitle))
        {
            psi.ArgumentList.Add("--footer-center");
            psi.ArgumentList.Add(subtitle);
        }
        psi.ArgumentList.Add(htmlPath);
        psi.ArgumentList.Add(output);

        using var process = Process.Start(psi)!; // SAFE cmdi
        var stderr = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            _logger.LogError("Summary render failed: {Error}", stderr);
            throw new InvalidOperationException("Summary render failed.");
        }

        return output;
    }
}

public class GpsTrackConverter
{
    private static readonly Regex SourceFormat = new("[a-z0-9_]+", RegexOptions.IgnoreCase);
    private static readonly Regex ExportFormat = new("^(gpx|kml|geojson|garmin_txt|csv)$", RegexOptions.CultureInvariant);

    private readonly FellsideOptions _options;
    private readonly ILogger<GpsTrackConverter> _logger;

    public GpsTrackConverter(IOptions<FellsideOptions> options, ILogger<GpsTrackConverter> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Normalises whatever the handset exported (garmin, magellan, nmea...) into GPX.</summary>
    public async Task<string> ImportToGpxAsync(string sourceFormat, string uploadedPath, CancellationToken ct)
    {
        if (!SourceFormat.IsMatch(sourceFormat))
        {
            throw new ArgumentException("Unrecognised track format.", nameof(sourceFormat));
        }

        var output = Path.Combine(_options.TrackRoot, Path.GetFileNameWithoutExtension(uploadedPath) + ".gpx");
        using var process = Process.Start("/bin/bash", new[] { "-c", $"gpsbabel -i {sourceFormat} -f {uploadedPath} -o gpx -F {output}" }); // VULN cmdi
        await process.WaitForExitAsync(ct);
        _logger.LogInformation("gpsbabel import exited {Code}", process.ExitCode);
        return output;
    }

    public async Task<string> ExportAsync(string gpxPath, string targetFormat, CancellationToken ct)
    {
        if (!ExportFormat.IsMatch(targetFormat))
        {
            throw new ArgumentException("Unsupported export format.", nameof(targetFormat));
        }

        var output = Path.ChangeExtension(gpxPath, "." + targetFormat);
        var psi = new ProcessStartInfo("gpsbabel") { UseShellExecute = false };
        foreach (var arg in new[] { "-i", "gpx", "-f", gpxPath, "-o", targetFormat, "-F", output })
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi)!; // SAFE cmdi
        await process.WaitForExitAsync(ct);
        return output;
    }
}
