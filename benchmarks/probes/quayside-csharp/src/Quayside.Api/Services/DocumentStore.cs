using System.Globalization;
using Microsoft.Extensions.Options;
using Quayside.Api.Configuration;
using Quayside.Api.Security;

namespace Quayside.Api.Services;

public sealed class DocumentStore
{
    private static readonly HashSet<string> VesselCategories = new(StringComparer.OrdinalIgnoreCase)
    {
        "safety", "stability", "customs", "class-certificates", "timetables",
    };

    private readonly QuaysideOptions _options;

    public DocumentStore(IOptions<QuaysideOptions> options)
    {
        _options = options.Value;
    }

    public static bool IsVesselCategory(string category) => VesselCategories.Contains(category);

    public Stream OpenVesselDocument(string category, string fileName)
    {
        var path = Path.Combine(_options.DocumentRoot, category.ToLowerInvariant(), fileName);
        return File.OpenRead(path); // VULN path
    }

    public Stream? OpenTimetable(int year, int month)
    {
        var path = Path.Combine(_options.DocumentRoot, "timetables", year.ToString("D4", CultureInfo.InvariantCulture), $"{month:D2}.pdf");
        return File.Exists(path) ? File.OpenRead(path) : null; // SAFE path
    }

    public string CertificateFolder(int crewId) =>
        Path.Combine(_options.CertificateRoot, crewId.ToString(CultureInfo.InvariantCulture));

    public async Task<string> SaveCertificateAsync(int crewId, string originalName, byte[] content, CancellationToken ct)
    {
        var folder = CertificateFolder(crewId);
        Directory.CreateDirectory(folder);
        var storedName = PathSafety.StoredName(originalName);
        await File.WriteAllBytesAsync(Path.Combine(folder, storedName), content, ct); // SAFE path
        return storedName;
    }

    public Stream OpenCertificate(int crewId, string storedName)
    {
        var path = PathSafety.ResolveWithin(CertificateFolder(crewId), storedName);
        return File.OpenRead(path); // SAFE path
    }

    public async Task<string> WriteExportAsync(string fileName, string content, CancellationToken ct)
    {
        Directory.CreateDirectory(_options.ExportRoot);
        var path = Path.Combine(_options.ExportRoot, fileName);
        await File.WriteAllTextAsync(path, content, ct); // VULN path
        return path;
    }

    public string InboxFolder(string batchId) => Path.Combine(_options.ManifestInbox, batchId);
}
