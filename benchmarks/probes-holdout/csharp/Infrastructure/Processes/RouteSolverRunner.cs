using System.Diagnostics;
using System.Globalization;
using Larderline.Configuration;
using Microsoft.Extensions.Options;

namespace Larderline.Infrastructure.Processes;

/// <summary>
/// Wraps the vehicle routing solver CLI that orders delivery stops for the van drivers.
/// </summary>
public sealed class RouteSolverRunner(IOptions<ProcessingOptions> options, ILogger<RouteSolverRunner> logger)
{
    private readonly ProcessingOptions _opts = options.Value;

    public async Task<string> SolveAsync(int routeId, string depot, string profile, int vehicles, CancellationToken ct)
    {
        var input = Path.Combine(_opts.SolverOutputRoot, $"route-{routeId}.csv");
        var output = Path.Combine(_opts.SolverOutputRoot, $"route-{routeId}.json");

        using var process = Process.Start("bash", $"-c \"{_opts.SolverBinary} --depot '{depot}' --profile {profile} --vehicles {vehicles} --input {input} > {output} 2>>/var/log/larderline/solver.log\""); // VULN cmdi
        await process.WaitForExitAsync(ct);
        logger.LogInformation("Solver finished for route {RouteId} with exit code {Code}", routeId, process.ExitCode);
        return output;
    }

    public async Task<string> SolveForDepotCodeAsync(int routeId, string depotCode, int vehicles, CancellationToken ct)
    {
        var output = Path.Combine(_opts.SolverOutputRoot, $"route-{routeId}.json");
        var arguments = string.Create(CultureInfo.InvariantCulture,
            $"--depot-code {depotCode} --vehicles {vehicles} --route {routeId} --output {output}");

        using var process = Process.Start(_opts.SolverBinary, arguments); // SAFE cmdi
        await process.WaitForExitAsync(ct);
        return output;
    }
}
