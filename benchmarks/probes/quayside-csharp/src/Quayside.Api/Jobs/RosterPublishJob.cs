using System.Diagnostics;
using System.Globalization;
using System.Text;
using Quayside.Api.Data;
using Quayside.Api.Services;

namespace Quayside.Api.Jobs;

public sealed class RosterPublishJob
{
    private static readonly IReadOnlyDictionary<string, string> BridgePrinters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["MV Harbour Star"] = "harbour-star-bridge",
        ["MV Solent Venture"] = "solent-venture-bridge",
        ["MV Channel Spirit"] = "channel-spirit-bridge",
    };

    private readonly CrewRepository _crew;
    private readonly LabelPrinter _printer;
    private readonly ILogger<RosterPublishJob> _logger;

    public RosterPublishJob(CrewRepository crew, LabelPrinter printer, ILogger<RosterPublishJob> logger)
    {
        _crew = crew;
        _printer = printer;
        _logger = logger;
    }

    public async Task PublishAsync(string vessel, DateOnly weekStarting, string requestedBy, CancellationToken ct)
    {
        var shifts = await _crew.GetVesselWeekAsync(vessel, weekStarting, ct);
        if (shifts.Count == 0)
        {
            _logger.LogInformation("No shifts for {Vessel} week {Week}; nothing to publish", vessel, weekStarting);
            return;
        }

        var workDir = Path.Combine(Path.GetTempPath(), "quayside-rosters", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workDir);
        var csvPath = Path.Combine(workDir, "roster.csv");

        var csv = new StringBuilder();
        csv.Append("Vessel,").Append(vessel.Replace(",", " ")).Append('\n');
        csv.Append("Week starting,").Append(weekStarting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        csv.Append("Published by,").Append(requestedBy.Replace(",", " ")).Append('\n');
        csv.Append("Crew,Role,Starts,Ends\n");
        foreach (var shift in shifts)
        {
            csv.Append(shift.CrewId).Append(',')
               .Append(shift.Role.Replace(",", " ")).Append(',')
               .Append(shift.StartsAt.ToString("ddd HH:mm", CultureInfo.InvariantCulture)).Append(',')
               .Append(shift.EndsAt.ToString("ddd HH:mm", CultureInfo.InvariantCulture)).Append('\n');
        }

        await File.WriteAllTextAsync(csvPath, csv.ToString(), ct);

        var psi = new ProcessStartInfo("soffice")
        {
            UseShellExecute = false,
            WorkingDirectory = workDir,
        };
        foreach (var arg in new[] { "--headless", "--convert-to", "pdf", "--outdir", workDir, csvPath })
        {
            psi.ArgumentList.Add(arg);
        }

        using (var convert = Process.Start(psi)!) // SAFE cmdi
        {
            await convert.WaitForExitAsync(ct);
            if (convert.ExitCode != 0)
            {
                throw new InvalidOperationException($"Roster conversion failed with exit code {convert.ExitCode}.");
            }
        }

        if (!BridgePrinters.TryGetValue(vessel, out var printerQueue))
        {
            _logger.LogWarning("No bridge printer configured for {Vessel}; roster left at {Dir}", vessel, workDir);
            return;
        }

        await _printer.PrintDocumentAsync(printerQueue, Path.ChangeExtension(csvPath, ".pdf"), copies: 2, ct);
    }
}
