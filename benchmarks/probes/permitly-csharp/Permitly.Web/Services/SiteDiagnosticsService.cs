using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Permitly.Web.Services;

/// <summary>Lets field inspectors check that a site's smart lockbox / camera is reachable.</summary>
public sealed partial class SiteDiagnosticsService(ILogger<SiteDiagnosticsService> logger)
{
    [GeneratedRegex(@"[a-z0-9][a-z0-9.-]*\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex DeviceHost();

    public async Task<string> PingAsync(string host)
    {
        if (!DeviceHost().IsMatch(host))
            throw new ArgumentException("Device host must be a DNS name.", nameof(host));

        logger.LogInformation("Pinging site device {Host}", host);
        using var process = Process.Start(new ProcessStartInfo("bash", "-c \"ping -c 3 -W 2 " + host + "\"") { RedirectStandardOutput = true })!; // VULN cmdi
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : $"Device {host} did not answer.";
    }
}
