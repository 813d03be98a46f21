using System.Globalization;
using System.IO.Compression;
using System.Runtime.Serialization.Formatters.Binary;
using System.Xml;
using Microsoft.Extensions.Options;
using Rollcall.Web.Config;
using Rollcall.Web.Data;
using Rollcall.Web.Models;
using Rollcall.Web.Util;

namespace Rollcall.Web.Services;

public sealed class ImportService
{
    private readonly StorageOptions _storage;
    private readonly StudentRepository _students;
    private readonly ILogger<ImportService> _logger;

    public ImportService(IOptions<StorageOptions> storage, StudentRepository students, ILogger<ImportService> logger)
    {
        _storage = storage.Value;
        _students = students;
        _logger = logger;
    }

    /// <summary>Roster packages exported by the state system: roster.xml plus per-class CSV extracts.</summary>
    public async Task<RosterImportResult> ImportRosterArchiveAsync(Stream upload, int schoolId, CancellationToken ct)
    {
        var workDir = Path.Combine(_storage.ImportWorkDir, $"roster-{schoolId}-{DateTime.UtcNow:yyyyMMddHHmmss}");
        Directory.CreateDirectory(workDir);
        var warnings = new List<string>();
        var files = 0;

        using (var archive = new ZipArchive(upload, ZipArchiveMode.Read))
        {
            foreach (var entry in archive.Entries)
            {
                if (string.IsNullOrEmpty(entry.Name) || entry.FullName.Contains("..", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = Path.Combine(workDir, entry.FullName);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                entry.ExtractToFile(target, overwrite: true); // VULN zipslip
                files++;
            }
        }

        var rosterPath = Path.Combine(workDir, "roster.xml");
        if (!File.Exists(rosterPath))
        {
            warnings.Add("roster.xml was not found in the package.");
            return new RosterImportResult(files, 0, 0, 0, warnings);
        }

        IReadOnlyList<RosterRow> rows;
        await using (var stream = File.OpenRead(rosterPath))
        {
            rows = ParseStateRoster(stream, warnings);
        }

        var (created, updated) = await _students.UpsertRosterAsync(schoolId, rows, ct);
        _logger.LogInformation("Roster import for school {SchoolId}: {Created} created, {Updated} updated", schoolId, created, updated);
        return new RosterImportResult(files, rows.Count, created, updated, warnings);
    }

    public IReadOnlyList<RosterRow> ParseStateRoster(Stream xml, List<string> warnings)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };

        var rows = new List<RosterRow>();
        using var reader = XmlReader.Create(xml, settings); // SAFE xxe
        while (reader.ReadToFollowing("Student"))
        {
            var number = reader.GetAttribute("number");
            var first = reader.GetAttribute("first");
            var last = reader.GetAttribute("last");
            var dob = reader.GetAttribute("dob");
            var grade = reader.GetAttribute("grade");
            var classCode = reader.GetAttribute("class") ?? string.Empty;

            if (number is null || !InputRules.StudentNumber().IsMatch(number) || first is null || last is null
                || !DateOnly.TryParseExact(dob, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
                || !int.TryParse(grade, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
            {
                warnings.Add($"Skipped malformed row near student '{number}'.");
                continue;
            }

            rows.Add(new RosterRow(number, first, last, birth, level, classCode));
        }

        return rows;
    }

    public int ImportPhotoArchive(Stream upload, CancellationToken ct)
    {
        var destination = Path.GetFullPath(Path.Combine(_storage.PhotoRoot, "students")) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(destination);
        var count = 0;

        using var archive = new ZipArchive(upload, ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            ct.ThrowIfCancellationRequested();
            if (entry.Length == 0 || !entry.Name.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var target = Path.GetFullPath(Path.Combine(destination, entry.FullName));
            if (!target.StartsWith(destination, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"Archive entry '{entry.FullName}' is outside the photo folder.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            entry.ExtractToFile(target, overwrite: true); // SAFE zipslip
            count++;
        }

        return count;
    }

    public LegacySisSnapshot ImportLegacySnapshot(Stream upload)
    {
#pragma warning disable SYSLIB0011
        var formatter = new BinaryFormatter();
        var snapshot = (LegacySisSnapshot)formatter.Deserialize(upload); // VULN deser
#pragma warning restore SYSLIB0011
        _logger.LogInformation("Legacy snapshot {District} from {ExportedAt} with {Count} students", snapshot.DistrictCode, snapshot.ExportedAt, snapshot.Students.Count);
        return snapshot;
    }

    public IReadOnlyList<StudentTransferRecord> ParseLegacyExport(string xml)
    {
        var document = new XmlDocument { XmlResolver = null };
        document.LoadXml(xml); // SAFE xxe

        var records = new List<StudentTransferRecord>();
        var nodes = document.SelectNodes("/Export/Students/Student");
        if (nodes is null)
        {
            return records;
        }

        foreach (XmlElement node in nodes)
        {
            records.Add(new StudentTransferRecord(
                node.GetAttribute("Id"),
                node["GivenName"]?.InnerText ?? string.Empty,
                node["FamilyName"]?.InnerText ?? string.Empty,
                int.TryParse(node["Grade"]?.InnerText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var grade) ? grade : 0,
                node["School"]?.InnerText));
        }

        return records;
    }
}
