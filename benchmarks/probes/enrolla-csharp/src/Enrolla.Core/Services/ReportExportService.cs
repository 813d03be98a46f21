using System.Diagnostics;
using Enrolla.Core.Configuration;
using Microsoft.Extensions.Options;

namespace Enrolla.Core.Services;

public sealed class ReportExportService(IOptions<EnrollaOptions> options)
{
    private static readonly HashSet<string> Rounds = ["1", "2", "3", "late"];

    public async Task<string> ExportOfferRoundAsync(string urn, string round, CancellationToken ct)
    {
        if (!Rounds.Contains(round))
            throw new ArgumentOutOfRangeException(nameof(round));
        var output = Path.Combine(options.Value.ImportRoot, "exports", $"offers-{Guid.NewGuid():N}.csv");
        var psi = new ProcessStartInfo("/usr/local/bin/enrolla-export") { RedirectStandardError = true };
        psi.ArgumentList.Add("--school");
        psi.ArgumentList.Add(urn);
        psi.ArgumentList.Add("--round");
        psi.ArgumentList.Add(round);
        psi.ArgumentList.Add("--out");
        psi.ArgumentList.Add(output);
        using var process = Process.Start(psi)!; // SAFE cmdi
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException(await process.StandardError.ReadToEndAsync(ct));
        return output;
    }

    public async Task<int> SnapshotSchemaAsync(CancellationToken ct)
    {
        using var process = Process.Start("/bin/sh", "-c \"pg_dump --schema-only enrolla | gzip > /var/enrolla/exports/schema.sql.gz\""); // SAFE cmdi
        await process.WaitForExitAsync(ct);
        return process.ExitCode;
    }
}
