using System.Diagnostics;
using System.Text.Json;
using Claimwell.Web.Options;
using Microsoft.Extensions.Options;

namespace Claimwell.Web.Services;

public sealed class MetadataScanner
{
    private static readonly string[] InterestingTags =
    {
        "CreateDate", "ModifyDate", "GPSLatitude", "GPSLongitude", "Make", "Model", "Software", "Producer", "Creator"
    };

    private readonly DocumentStorage _storage;
    private readonly ConversionOptions _options;
    private readonly ILogger<MetadataScanner> _logger;

    public MetadataScanner(DocumentStorage storage, IOptions<ConversionOptions> options, ILogger<MetadataScanner> logger)
    {
        _storage = storage;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Extracts capture metadata (dates, GPS, device) used by the fraud triage rules.</summary>
    public async Task<string?> ScanAsync(string storedPath, CancellationToken ct)
    {
        var fullPath = Path.Combine(_storage.Root, storedPath);
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", $"-c \"{_options.ExifToolPath} -json -n '{fullPath}'\"") { RedirectStandardOutput = true, UseShellExecute = false })!; // VULN cmdi
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);

        if (process.ExitCode != 0 || string.IsNullOrWhiteSpace(output))
        {
            _logger.LogWarning("exiftool returned {ExitCode} for {Path}", process.ExitCode, storedPath);
            return null;
        }

        using var doc = JsonDocument.Parse(output);
        if (doc.RootElement.ValueKind != JsonValueKind.Array || doc.RootElement.GetArrayLength() == 0)
        {
            return null;
        }

        var first = doc.RootElement[0];
        var selected = new Dictionary<string, string?>();
        foreach (var tag in InterestingTags)
        {
            if (first.TryGetProperty(tag, out var value))
            {
                selected[tag] = value.ToString();
            }
        }

        return JsonSerializer.Serialize(selected);
    }
}
