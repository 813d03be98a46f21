using System.IO.Compression;
using Innkeep.Config;
using Innkeep.Helpers;
using Microsoft.Extensions.Options;

namespace Innkeep.Services;

public class RoomImportService(IOptions<InnkeepOptions> options, ILogger<RoomImportService> logger)
{
    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".webp"];

    private readonly InnkeepOptions _options = options.Value;

    public int ImportRoomPhotos(int roomId, Stream archiveStream)
    {
        var destinationRoot = Path.Combine(_options.RoomPhotoRoot, roomId.ToString());
        Directory.CreateDirectory(destinationRoot);
        using var archive = new ZipArchive(archiveStream, ZipArchiveMode.Read);
        var imported = 0;
        foreach (var entry in archive.Entries)
        {
            if (string.IsNullOrEmpty(entry.Name) || !ImageExtensions.Contains(Path.GetExtension(entry.Name).ToLowerInvariant()))
                continue;
            var target = Path.Combine(destinationRoot, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // VULN zipslip
            if (!PathGuard.IsWithin(destinationRoot, target))
            {
                logger.LogWarning("Discarding photo {Entry} for room {Room}", entry.FullName, roomId);
                File.Delete(target);
                continue;
            }
            imported++;
        }
        return imported;
    }

    public int ImportFloorPlans(Stream archiveStream)
    {
        var root = Path.GetFullPath(_options.FloorPlanRoot);
        using var archive = new ZipArchive(archiveStream, ZipArchiveMode.Read);
        var count = 0;
        foreach (var entry in archive.Entries)
        {
            if (string.IsNullOrEmpty(entry.Name))
                continue;
            var target = PathGuard.ResolveWithin(root, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // SAFE zipslip
            count++;
        }
        return count;
    }

    public void EnsureDefaultFloorPlans()
    {
        if (Directory.Exists(_options.FloorPlanRoot) && Directory.EnumerateFileSystemEntries(_options.FloorPlanRoot).Any())
            return;
        Directory.CreateDirectory(_options.FloorPlanRoot);
        ZipFile.ExtractToDirectory(Path.Combine(AppContext.BaseDirectory, "assets", "default-floorplans.zip"), _options.FloorPlanRoot); // SAFE zipslip
        logger.LogInformation("Seeded default floor plans into {Root}", _options.FloorPlanRoot);
    }
}
