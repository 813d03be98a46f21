using System.Text.Encodings.Web;
using Quayside.Api.Contracts;
using Quayside.Api.Data;
using Quayside.Api.Domain;
using Quayside.Api.Security;

namespace Quayside.Api.Services;

public sealed class CrewService
{
    private readonly CrewRepository _crew;
    private readonly StaffDirectory _directory;
    private readonly DocumentStore _documents;
    private readonly ArchiveService _archives;
    private readonly ILogger<CrewService> _logger;

    public CrewService(
        CrewRepository crew,
        StaffDirectory directory,
        DocumentStore documents,
        ArchiveService archives,
        ILogger<CrewService> logger)
    {
        _crew = crew;
        _directory = directory;
        _documents = documents;
        _archives = archives;
        _logger = logger;
    }

    public async Task<IReadOnlyList<CrewListItem>> SearchAsync(CrewSearchQuery query, CancellationToken ct)
    {
        if (query.Port is not null && !InputRules.IsPortCode(query.Port))
        {
            throw new ArgumentException("Unknown home port code.", nameof(query));
        }

        var members = await _crew.SearchAsync(query.Port, query.Grade ?? string.Empty, ct);
        return members
            .Select(m => new CrewListItem(m.Id, m.StaffNumber, m.FullName, m.Rank.ToString(), m.HomePort, m.CertificateGrade, m.CertificateExpires))
            .ToList();
    }

    public Task<IReadOnlyList<RosterShift>> ShiftsAsync(int crewId, DateOnly weekStarting, CancellationToken ct) =>
        _crew.GetShiftsAsync(crewId, weekStarting, ct);

    public async Task AddNoteAsync(int crewId, string author, string body, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body) || body.Length > 8000)
        {
            throw new ArgumentException("Note must be between 1 and 8000 characters.");
        }

        await _crew.AddNoteAsync(new CrewNote { CrewId = crewId, Author = author, Body = body.Trim() }, ct);
    }

    public Task<IReadOnlyList<CrewNote>> NotesAsync(int crewId, CancellationToken ct) => _crew.GetNotesAsync(crewId, ct);

    /// <summary>Plain-text note with line breaks preserved for the back-office list.</summary>
    public static string FormatNote(string body) =>
        string.Join("<br />", body.Split('\n').Select(line => HtmlEncoder.Default.Encode(line.TrimEnd('\r'))));

    public async Task<bool> SetKioskPinAsync(string staffNumber, string pin, CancellationToken ct)
    {
        if (pin.Length is < 4 or > 8 || !pin.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("PIN must be 4-8 digits.");
        }

        var member = await _crew.GetByStaffNumberAsync(staffNumber, ct);
        if (member is null)
        {
            return false;
        }

        await _crew.UpdateKioskPinAsync(member.Id, CrewPinHasher.HashKioskPin(member.StaffNumber, pin), ct);
        return true;
    }

    public async Task<bool> SetPortalPasswordAsync(string staffNumber, string password, CancellationToken ct)
    {
        if (password.Length < 12)
        {
            throw new ArgumentException("Portal passwords must be at least 12 characters.");
        }

        var member = await _crew.GetByStaffNumberAsync(staffNumber, ct);
        if (member is null)
        {
            return false;
        }

        await _crew.UpdatePortalPasswordAsync(member.Id, CrewPinHasher.HashPortalPassword(password), ct);
        return true;
    }

    public async Task<string?> StartPasswordResetAsync(string staffNumber, CancellationToken ct)
    {
        var member = await _crew.GetByStaffNumberAsync(staffNumber, ct);
        if (member?.Email is null)
        {
            return null;
        }

        var code = CodeGenerator.NewPasswordResetCode();
        await _crew.StoreResetCodeAsync(member.Id, code, DateTimeOffset.UtcNow.AddMinutes(20), ct);
        _logger.LogInformation("Password reset started for crew {CrewId}", member.Id);
        return member.Email;
    }

    public IReadOnlyList<StaffLookupResult> DirectoryByDepartment(string department) =>
        _directory.FindByDepartment(department)
            .Select(s => new StaffLookupResult(s.AccountName, s.DisplayName, s.Email, s.Department))
            .ToList();

    public async Task<string> UploadCertificateAsync(CertificateUpload upload, CancellationToken ct)
    {
        var bytes = Convert.FromBase64String(upload.ContentBase64);
        if (bytes.Length > 10 * 1024 * 1024)
        {
            throw new ArgumentException("Certificate scans are limited to 10 MB.");
        }

        var stored = await _documents.SaveCertificateAsync(upload.CrewId, upload.FileName, bytes, ct);
        await _crew.SaveCertificateReferenceAsync(upload.CrewId, stored, Path.GetFileName(upload.FileName), ct);
        return stored;
    }

    public IReadOnlyList<string> ImportCertificateBundle(int crewId, Stream zip) =>
        _archives.ExtractCertificateBundle(zip, _documents.CertificateFolder(crewId));

    public Stream OpenCertificate(int crewId, string storedName) => _documents.OpenCertificate(crewId, storedName);
}
