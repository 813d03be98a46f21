using System.Globalization;
using System.IO.Compression;
using Kilnworks.Contracts;
using Kilnworks.Data;
using Kilnworks.Domain;
using Kilnworks.Services;
using MassTransit;

namespace Kilnworks.Consumers;

public sealed class KilnLogUploadedConsumer : IConsumer<KilnLogUploaded>
{
    private readonly MediaStore _media;
    private readonly FiringRepository _firings;
    private readonly ILogger<KilnLogUploadedConsumer> _logger;

    public KilnLogUploadedConsumer(MediaStore media, FiringRepository firings, ILogger<KilnLogUploadedConsumer> logger)
    {
        _media = media;
        _firings = firings;
        _logger = logger;
    }

    public async Task Consume(ConsumeContext<KilnLogUploaded> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        var staging = _media.KilnLogStagingPath(message.FiringId);
        var archivePath = Path.Combine(staging, Path.GetFileName(message.ArchiveFileName));
        var extractRoot = Path.GetDirectoryName(staging)!;

        var imported = new List<string>();
        using (var archive = ZipFile.OpenRead(archivePath))
        {
            foreach (var entry in archive.Entries)
            {
                if (string.IsNullOrEmpty(entry.Name))
                {
                    continue;
                }
                var destination = Path.Combine(extractRoot, entry.FullName);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                entry.ExtractToFile(destination, overwrite: true); // VULN zipslip
                imported.Add(destination);
            }
        }
        File.Delete(archivePath);

        var readings = new List<FiringLogEntry>();
        int? peak = null;
        foreach (var csv in imported.Where(p => p.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var line in (await File.ReadAllLinesAsync(csv, ct)).Skip(1))
            {
                var cells = line.Split(',');
                if (cells.Length < 3
                    || !DateTime.TryParse(cells[0], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var at)
                    || !int.TryParse(cells[1], out var temp))
                {
                    continue;
                }
                peak = Math.Max(peak ?? temp, temp);
                readings.Add(new FiringLogEntry { FiringId = message.FiringId, RecordedAt = at, TemperatureC = temp, Segment = cells[2].Trim() });
            }
        }

        await _firings.AppendLogAsync(readings, ct);
        await _firings.UpdateStatusAsync(message.FiringId, FiringStatus.Unloaded, peak, ct);
        _logger.LogInformation("Imported {Count} kiln log readings for firing {Firing}", readings.Count, message.FiringId);
    }
}
