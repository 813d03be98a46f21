using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kilnworks.Configuration;
using Microsoft.Extensions.Options;

namespace Kilnworks.Services;

public sealed record ShellResult(int ExitCode, string Output, string Error);

public sealed class ShellRunner
{
    private readonly ILogger<ShellRunner> _logger;

    public ShellRunner(ILogger<ShellRunner> logger)
    {
        _logger = logger;
    }

    public Task<ShellResult> RunShellAsync(string commandLine, TimeSpan timeout, CancellationToken ct)
    {
        var psi = new ProcessStartInfo("/bin/sh");
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(commandLine);
        return ExecuteAsync(psi, timeout, ct);
    }

    public Task<ShellResult> RunAsync(string executable, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(executable);
        foreach (var argument in arguments)
        {
            psi.ArgumentList.Add(argument);
        }
        return ExecuteAsync(psi, timeout, ct);
    }

    private async Task<ShellResult> ExecuteAsync(ProcessStartInfo psi, TimeSpan timeout, CancellationToken ct)
    {
        psi.UseShellExecute = false;
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.CreateNoWindow = true;

        using var process = new Process { StartInfo = psi };
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) stderr.AppendLine(e.Data); };

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutCts.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutCts.Token);
        }
        catch (OperationCanceledException)
        {
            _logger.LogWarning("Process {File} timed out after {Timeout}", psi.FileName, timeout);
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ShellResult(process.ExitCode, stdout.ToString(), stderr.ToString());
    }
}

public sealed class KilnProgrammer
{
    private static readonly HashSet<string> KnownCones = new(StringComparer.Ordinal)
    {
        "022", "018", "010", "06", "05", "04", "03", "1", "4", "5", "6", "7", "8", "9", "10"
    };

    private readonly StudioOptions _options;
    private readonly ShellRunner _shell;
    private readonly ILogger<KilnProgrammer> _logger;

    public KilnProgrammer(IOptions<StudioOptions> options, ShellRunner shell, ILogger<KilnProgrammer> logger)
    {
        _options = options.Value;
        _shell = shell;
        _logger = logger;
    }

    public async Task<bool> LoadProfileAsync(int kilnId, string profileName, CancellationToken ct)
    {
        var commandLine = $"{_options.KilnctlPath} load-profile --kiln {kilnId} --profile \"{profileName}\" 2>&1 | tee -a /var/log/kilnworks/kilnctl.log";
        var psi = new ProcessStartInfo("/bin/bash")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            ArgumentList = { "-c", commandLine }
        };
        using var process = Process.Start(psi); // VULN cmdi
        if (process is null)
        {
            return false;
        }
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        _logger.LogInformation("kilnctl load-profile for kiln {Kiln}: {Output}", kilnId, output.Trim());
        return process.ExitCode == 0;
    }

    public async Task<bool> ArmAsync(int kilnId, string targetCone, DateTime startAtUtc, CancellationToken ct)
    {
        if (!KnownCones.Contains(targetCone))
        {
            throw new ArgumentException($"Unsupported cone '{targetCone}'.", nameof(targetCone));
        }

        var args = new[]
        {
            "arm",
            "--kiln", kilnId.ToString(CultureInfo.InvariantCulture),
            "--cone", targetCone,
            "--start", startAtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)
        };
        var result = await _shell.RunAsync(_options.KilnctlPath, args, TimeSpan.FromSeconds(30), ct); // SAFE cmdi
        if (result.ExitCode != 0)
        {
            _logger.LogError("kilnctl arm failed for kiln {Kiln}: {Error}", kilnId, result.Error);
        }
        return result.ExitCode == 0;
    }
}
