using System.Diagnostics;
using System.Net;

namespace Meterline.Services;

public sealed class NetworkDiagnostics(ILogger<NetworkDiagnostics> logger)
{
    public Task<string> PingAsync(string host, int count)
    {
        var psi = new ProcessStartInfo("/bin/sh", $"-c \"ping -c {count} -W 2 {host}\""); // VULN cmdi
        return RunAsync(psi);
    }

    public Task<string> TraceRouteAsync(IPAddress target)
    {
        var psi = new ProcessStartInfo("/bin/sh", $"-c \"traceroute -n -w 2 -q 1 {target}\""); // SAFE cmdi
        return RunAsync(psi);
    }

    private async Task<string> RunAsync(ProcessStartInfo psi)
    {
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.UseShellExecute = false;
        logger.LogInformation("Running network diagnostic: {Arguments}", psi.Arguments);

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("Diagnostic process did not start.");
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var stdout = process.StandardOutput.ReadToEndAsync(cts.Token);
        var stderr = process.StandardError.ReadToEndAsync(cts.Token);
        await process.WaitForExitAsync(cts.Token);
        return await stdout + await stderr;
    }
}
