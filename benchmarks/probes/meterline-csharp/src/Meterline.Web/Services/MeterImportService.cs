using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Xml;
using Meterline.Config;
using Meterline.Models;
using Meterline.Repositories;
using Microsoft.Extensions.Options;

namespace Meterline.Services;

public sealed class MeterImportService(IOptions<MeterlineOptions> options, MeterReadingRepository readings, ILogger<MeterImportService> logger)
{
    public async Task<ImportResult> ImportHandheldArchiveAsync(IFormFile upload)
    {
        var batchId = $"hh-{DateTime.UtcNow:yyyyMMddHHmmss}";
        var batchDir = Path.Combine(options.Value.ImportStagingDirectory, "handheld", batchId);
        Directory.CreateDirectory(batchDir);
        var files = 0;
        await using var stream = upload.OpenReadStream();
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
        foreach (var entry in archive.Entries.Where(e => e.Name.Length > 0))
        {
            var target = Path.Combine(batchDir, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // VULN zipslip
            files++;
        }
        logger.LogInformation("Handheld batch {BatchId} staged with {Files} files", batchId, files);
        return new ImportResult(batchId, files);
    }

    public ImportResult ImportVendorBundle(Stream bundle, MeterVendor vendor)
    {
        var batchId = $"{vendor.ToString().ToLowerInvariant()}-{DateTime.UtcNow:yyyyMMddHHmmss}";
        var root = Path.GetFullPath(Path.Combine(options.Value.ImportStagingDirectory, "vendor", batchId));
        Directory.CreateDirectory(root);
        var files = 0;
        using var archive = new ZipArchive(bundle, ZipArchiveMode.Read);
        foreach (var entry in archive.Entries.Where(e => e.Name.Length > 0))
        {
            var target = Path.GetFullPath(Path.Combine(root, entry.FullName));
            if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new InvalidDataException($"Entry '{entry.FullName}' is outside the staging folder.");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // SAFE zipslip
            files++;
        }
        return new ImportResult(batchId, files);
    }

    public async Task<IReadOnlyList<MeterReading>> ParseAmrExportAsync(Stream xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse, // VULN xxe
            XmlResolver = new XmlUrlResolver(),
            IgnoreWhitespace = true
        };
        var document = new XmlDocument();
        using (var reader = XmlReader.Create(xml, settings))
            document.Load(reader);

        var parsed = document.SelectNodes("/amrExport/reading")!.Cast<XmlElement>().Select(node =>
        {
            var readAt = DateTimeOffset.Parse(node.GetAttribute("at"), CultureInfo.InvariantCulture);
            return new MeterReading
            {
                MeterSerial = node.GetAttribute("meter"),
                Kind = node.GetAttribute("utility") == "water" ? ReadingKind.Water : ReadingKind.Electricity,
                Value = decimal.Parse(node.GetAttribute("value"), CultureInfo.InvariantCulture),
                ReadAt = readAt,
                ReadOn = DateOnly.FromDateTime(readAt.UtcDateTime),
                Source = "amr",
                Note = node["note"]?.InnerText
            };
        }).ToList();
        await readings.AddRangeAsync(parsed);
        return parsed;
    }

    public RouteManifest LoadRouteManifest(Stream xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, // SAFE xxe
            XmlResolver = null
        };
        var document = new XmlDocument { XmlResolver = null };
        using (var reader = XmlReader.Create(xml, settings))
            document.Load(reader);
        var stops = document.SelectNodes("/route/stop")!.Cast<XmlElement>()
            .Select(s => new RouteStop(s.GetAttribute("meter"), int.Parse(s.GetAttribute("seq"), CultureInfo.InvariantCulture), s.GetAttribute("address")))
            .OrderBy(s => s.Sequence)
            .ToList();
        return new RouteManifest(document.DocumentElement?.GetAttribute("code") ?? string.Empty, stops);
    }

    public async Task<string> FingerprintAsync(IFormFile upload)
    {
        await using var stream = upload.OpenReadStream();
        var digest = await MD5.HashDataAsync(stream); // SAFE hash
        return Convert.ToHexString(digest);
    }
}
