using System.Globalization;
using System.Text;
using Quayside.Api.Contracts;
using Quayside.Api.Data;
using Quayside.Api.Domain;
using Quayside.Api.Security;

namespace Quayside.Api.Services;

public sealed class ManifestService
{
    private const string DefaultLabelQueue = "freight-shed-zebra1";

    private readonly CargoRepository _cargo;
    private readonly ManifestXmlReader _reader;
    private readonly ArchiveService _archives;
    private readonly DocumentStore _documents;
    private readonly LabelPrinter _printer;
    private readonly ILogger<ManifestService> _logger;

    public ManifestService(
        CargoRepository cargo,
        ManifestXmlReader reader,
        ArchiveService archives,
        DocumentStore documents,
        LabelPrinter printer,
        ILogger<ManifestService> logger)
    {
        _cargo = cargo;
        _reader = reader;
        _archives = archives;
        _documents = documents;
        _printer = printer;
        _logger = logger;
    }

    public async Task<UploadManifestResponse> IngestAsync(Guid sailingId, IFormFile file, bool printLabels, string? labelQueue, CancellationToken ct)
    {
        var batchId = Guid.NewGuid().ToString("N");
        var inbox = _documents.InboxFolder(batchId);
        var files = new List<string>();

        await using (var upload = file.OpenReadStream())
        {
            if (string.Equals(Path.GetExtension(file.FileName), ".zip", StringComparison.OrdinalIgnoreCase))
            {
                files.AddRange(_archives.ExtractManifestBundle(upload, inbox)
                    .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)));
            }
            else
            {
                Directory.CreateDirectory(inbox);
                var path = Path.Combine(inbox, "manifest.xml");
                await using var target = File.Create(path);
                await upload.CopyToAsync(target, ct);
                files.Add(path);
            }
        }

        var warnings = new List<string>();
        var response = new UploadManifestResponse();
        var allItems = new List<CargoItem>();

        foreach (var path in files)
        {
            ParsedManifest parsed;
            await using (var stream = File.OpenRead(path))
            {
                parsed = _reader.Parse(stream);
            }

            var manifest = new CargoManifest
            {
                Id = Guid.NewGuid(),
                SailingId = sailingId,
                ManifestRef = parsed.ManifestRef,
                Shipper = parsed.Shipper,
                SourceFile = path,
                ReceivedAt = DateTimeOffset.UtcNow,
                Status = "Received",
            };

            var items = parsed.Lines.Select(l => new CargoItem
            {
                ContainerId = l.ContainerId,
                HsCode = l.HsCode,
                Description = l.Description,
                GrossKg = l.GrossKg,
                HazardClass = l.HazardClass,
                UnNumber = l.UnNumber,
            }).ToList();

            warnings.AddRange(items.Where(i => i.HazardClass is not null && i.UnNumber is null)
                .Select(i => $"{parsed.ManifestRef}: hazardous line '{i.Description}' has no UN number"));

            await _cargo.SaveManifestAsync(manifest, items, ct);
            allItems.AddRange(items);
            response.ManifestId = manifest.Id;
            response.ManifestRef = manifest.ManifestRef;
        }

        response.ItemCount = allItems.Count;
        response.Warnings = warnings;

        if (printLabels && allItems.Count > 0)
        {
            var queue = string.IsNullOrWhiteSpace(labelQueue) ? DefaultLabelQueue : labelQueue.Trim();
            if (!InputRules.IsPrinterName(queue))
            {
                throw new ArgumentException("Unknown label printer.");
            }

            var labelFile = await WriteLabelsAsync(inbox, allItems, ct);
            await _printer.PrintCargoLabelsAsync(queue, labelFile, ct);
        }

        return response;
    }

    public async Task<string> ExportAsync(Guid manifestId, string fileName, CancellationToken ct)
    {
        if (!fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Exports are written as .csv files.");
        }

        var manifest = await _cargo.GetManifestAsync(manifestId, ct)
            ?? throw new KeyNotFoundException($"Manifest {manifestId} not found.");
        var items = await _cargo.ItemsForManifestAsync(manifestId, ct);

        var csv = new StringBuilder("manifest_ref,container,hs_code,description,gross_kg,imdg,un\n");
        foreach (var item in items)
        {
            csv.Append(Csv(manifest.ManifestRef)).Append(',')
               .Append(Csv(item.ContainerId)).Append(',')
               .Append(Csv(item.HsCode)).Append(',')
               .Append(Csv(item.Description)).Append(',')
               .Append(item.GrossKg.ToString(CultureInfo.InvariantCulture)).Append(',')
               .Append(Csv(item.HazardClass)).Append(',')
               .Append(Csv(item.UnNumber)).Append('\n');
        }

        return await _documents.WriteExportAsync(fileName, csv.ToString(), ct);
    }

    public async Task<ContainerLookupResponse?> FindContainerAsync(Guid manifestId, string containerId, CancellationToken ct)
    {
        var manifest = await _cargo.GetManifestAsync(manifestId, ct);
        if (manifest?.SourceFile is null || !File.Exists(manifest.SourceFile))
        {
            return null;
        }

        return _reader.FindContainer(manifest.SourceFile, containerId.Trim());
    }

    public async Task<string?> SealNumberAsync(Guid manifestId, string containerId, CancellationToken ct)
    {
        if (!InputRules.IsContainerId(containerId))
        {
            return null;
        }

        var manifest = await _cargo.GetManifestAsync(manifestId, ct);
        return manifest?.SourceFile is null ? null : _reader.SealFor(manifest.SourceFile, containerId);
    }

    public Task<List<CargoItem>> ItemsByHsPrefixAsync(string hsPrefix, CancellationToken ct) =>
        _cargo.ItemsByHsPrefixAsync(hsPrefix.Trim(), ct);

    public async Task<CustomsDeclaration> AttachCustomsDeclarationAsync(Guid manifestId, Stream xml, CancellationToken ct)
    {
        var manifest = await _cargo.GetManifestAsync(manifestId, ct)
            ?? throw new KeyNotFoundException($"Manifest {manifestId} not found.");

        var declaration = _reader.ReadCustomsDeclaration(xml);
        var items = await _cargo.ItemsForManifestAsync(manifestId, ct);
        var undeclared = items.Select(i => i.ContainerId).OfType<string>().Distinct()
            .Except(declaration.ContainerIds, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var status = undeclared.Count == 0 ? "Cleared" : "CustomsHold";
        await _cargo.MarkManifestAsync(manifest.Id, status, ct);
        _logger.LogInformation("Customs declaration {Mrn} attached to {Manifest}: {Status}", declaration.Mrn, manifest.ManifestRef, status);
        return declaration;
    }

    private static async Task<string> WriteLabelsAsync(string folder, IEnumerable<CargoItem> items, CancellationToken ct)
    {
        var zpl = new StringBuilder();
        foreach (var item in items)
        {
            zpl.Append("^XA^CF0,40^FO40,40^FD").Append(ZplSafe(item.ContainerId ?? "LOOSE")).Append("^FS")
               .Append("^CF0,30^FO40,100^FD").Append(ZplSafe(item.HsCode)).Append(' ').Append(item.GrossKg.ToString("0.0", CultureInfo.InvariantCulture)).Append("kg^FS");
            if (item.HazardClass is not null)
            {
                zpl.Append("^FO40,150^FDIMDG ").Append(ZplSafe(item.HazardClass)).Append(" UN").Append(ZplSafe(item.UnNumber ?? "?")).Append("^FS");
            }

            zpl.Append("^XZ\n");
        }

        var path = Path.Combine(folder, "labels.zpl");
        await File.WriteAllTextAsync(path, zpl.ToString(), ct);
        return path;
    }

    private static string ZplSafe(string value) => value.Replace("^", string.Empty).Replace("~", string.Empty);

    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var escaped = value.Replace("\"", "\"\"");
        return escaped.IndexOfAny(new[] { ',', '"', '\n' }) >= 0 || "=+-@".Contains(escaped[0]) ? $"\"{escaped}\"" : escaped;
    }
}
