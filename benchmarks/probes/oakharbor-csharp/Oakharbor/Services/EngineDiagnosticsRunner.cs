using System.Diagnostics;
using Microsoft.Extensions.Options;
using Oakharbor.Domain;
using Oakharbor.Infrastructure;

namespace Oakharbor.Services;

/// <summary>
/// Wraps the vendor command line tools installed on the workshop server that talk to
/// the engine control units and bilge sensors over the dock CAN gateways.
/// </summary>
public sealed class EngineDiagnosticsRunner
{
    private readonly StorageOptions _storage;
    private readonly ILogger<EngineDiagnosticsRunner> _logger;

    public EngineDiagnosticsRunner(IOptions<StorageOptions> storage, ILogger<EngineDiagnosticsRunner> logger)
    {
        _storage = storage.Value;
        _logger = logger;
    }

    public async Task<DiagnosticsResult> RunEngineDumpAsync(string hullId, string requestedBy, CancellationToken ct = default)
    {
        var outputPath = Path.Combine(_storage.DiagnosticsRoot, $"{DateTime.UtcNow:yyyyMMddHHmmss}-{hullId}.json");
        var startInfo = new ProcessStartInfo("/bin/sh", $"-c \"obd-marine dump --hull {hullId} --format json > {outputPath}\"")
        {
            RedirectStandardError = true,
            UseShellExecute = false
        };

        _logger.LogInformation("Engine dump for {HullId} requested by {User}", hullId, requestedBy);
        using var process = Process.Start(startInfo)!; // VULN cmdi
        var log = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return new DiagnosticsResult(process.ExitCode == 0, outputPath, log);
    }

    public async Task<DiagnosticsResult> RunBilgeSensorCheckAsync(string sensorId, CancellationToken ct = default)
    {
        var startInfo = new ProcessStartInfo("bilge-probe")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false
        };
        startInfo.ArgumentList.Add("check");
        startInfo.ArgumentList.Add($"--sensor={sensorId}");
        startInfo.ArgumentList.Add("--timeout=15");

        using var process = Process.Start(startInfo)!; // SAFE cmdi
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return new DiagnosticsResult(process.ExitCode == 0, string.Empty, output);
    }
}
