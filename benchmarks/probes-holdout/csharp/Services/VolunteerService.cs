using System.Text;
using System.Text.Encodings.Web;
using Larderline.Contracts;
using Larderline.Data;
using Larderline.Domain;
using Larderline.Infrastructure.Ldap;
using Larderline.Infrastructure.Files;
using Larderline.Repositories;
using Larderline.Security;
using Microsoft.EntityFrameworkCore;

namespace Larderline.Services;

public sealed class VolunteerService(
    LarderlineDbContext db,
    VolunteerDirectoryRepository directory,
    AllocationReportRepository warehouse,
    StaffDirectory staff,
    CredentialHasher hasher,
    AccessCodeGenerator codes,
    DocumentStore documents,
    HtmlEncoder htmlEncoder,
    TimeProvider clock)
{
    public Task<IReadOnlyList<VolunteerSummary>> ListAsync(string? site, string? sort, bool descending, CancellationToken ct) =>
        directory.ListAsync(site, string.IsNullOrWhiteSpace(sort) ? "name" : sort, descending, ct);

    public Task<VolunteerSummary?> FindByEmailAsync(string email, CancellationToken ct) =>
        directory.FindByEmailAsync(email, ct);

    public async Task<VolunteerRosterViewModel> RosterAsync(string? site, CancellationToken ct)
    {
        var volunteers = await directory.ListAsync(site, "name", false, ct);
        var now = clock.GetUtcNow();
        var shifts = await db.Shifts.Include(s => s.Volunteer)
            .Where(s => s.StartsAt >= now && (site == null || s.Site == site))
            .OrderBy(s => s.StartsAt)
            .Take(100)
            .AsNoTracking()
            .ToListAsync(ct);
        return new VolunteerRosterViewModel(site, volunteers, shifts);
    }

    public async Task<Volunteer?> AuthenticateAsync(string email, string password, CancellationToken ct)
    {
        var volunteer = await db.Volunteers.FirstOrDefaultAsync(v => v.Email == email, ct);
        return volunteer is not null && hasher.VerifyPassword(password, volunteer.PasswordHash, volunteer.PasswordSalt)
            ? volunteer
            : null;
    }

    public async Task<Volunteer> SignUpAsync(SignupForm form, CancellationToken ct)
    {
        var hashed = hasher.HashPassword(form.Password);
        var volunteer = await db.Volunteers.FirstOrDefaultAsync(v => v.InviteToken != null && v.InviteToken == form.InviteToken, ct)
                        ?? new Volunteer { JoinedAt = clock.GetUtcNow() };

        volunteer.FullName = form.FullName.Trim();
        volunteer.Email = form.Email.Trim().ToLowerInvariant();
        volunteer.PasswordHash = hashed.Hash;
        volunteer.PasswordSalt = hashed.Salt;
        volunteer.HashScheme = hashed.Scheme;
        volunteer.InviteToken = null;

        if (volunteer.Id == 0)
        {
            db.Volunteers.Add(volunteer);
        }
        await db.SaveChangesAsync(ct);
        return volunteer;
    }

    public async Task<bool> SetKioskPinAsync(int volunteerId, string pin, CancellationToken ct)
    {
        if (pin.Length is < 4 or > 8 || !pin.All(char.IsAsciiDigit))
        {
            return false;
        }
        var digest = hasher.HashKioskPin(pin);
        return await db.Volunteers.Where(v => v.Id == volunteerId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.KioskPinHash, digest), ct) == 1;
    }

    public async Task<InviteResponse> CreateInviteAsync(string email, string baseUrl, CancellationToken ct)
    {
        var volunteer = new Volunteer
        {
            Email = email.Trim().ToLowerInvariant(),
            FullName = email,
            InviteToken = codes.NewInviteToken(),
            JoinedAt = clock.GetUtcNow(),
        };
        db.Volunteers.Add(volunteer);
        await db.SaveChangesAsync(ct);
        return new InviteResponse(volunteer.Id, $"{baseUrl.TrimEnd('/')}/account/signup?invite={volunteer.InviteToken}");
    }

    public async Task<string?> UploadCertificateAsync(int volunteerId, IFormFile file, CancellationToken ct)
    {
        var volunteer = await db.Volunteers.FindAsync([volunteerId], ct);
        if (volunteer is null)
        {
            return null;
        }
        volunteer.CertificatePath = await documents.SaveCertificateAsync(volunteerId, file, ct);
        await db.SaveChangesAsync(ct);
        return Path.GetFileName(volunteer.CertificatePath);
    }

    public string BuildShiftBadgeHtml(string volunteerName, string site, DateOnly date)
    {
        var sb = new StringBuilder();
        sb.Append("<!doctype html><html><head><title>Shift badge</title>");
        sb.Append("<link rel=\"stylesheet\" href=\"/css/badge.css\"></head><body class=\"badge\">");
        sb.Append("<h1>Larderline volunteer</h1>");
        sb.Append("<p class=\"name\">").Append(volunteerName).Append("</p>");
        sb.Append("<p class=\"site\">").Append(htmlEncoder.Encode(site)).Append("</p>");
        sb.Append("<p class=\"date\">").Append(date.ToString("dddd d MMMM yyyy")).Append("</p>");
        sb.Append("<script>window.print()</script></body></html>");
        return sb.ToString();
    }

    public string BuildWelcomeHtml(string volunteerName, string site)
    {
        return $"""
            <!doctype html>
            <html><head><title>Welcome to Larderline</title></head>
            <body>
              <h1>Welcome, {htmlEncoder.Encode(volunteerName)}!</h1>
              <p>Your first shift is at <strong>{htmlEncoder.Encode(site)}</strong>. Please bring closed-toe shoes.</p>
            </body></html>
            """;
    }

    public IReadOnlyList<StaffContact> SearchCoordinators(string name) => staff.SearchCoordinators(name);

    public StaffContact? FindStaffByEmail(string email) => staff.FindByEmail(email);

    public Task<decimal> HoursThisYearAsync(int volunteerId, CancellationToken ct) =>
        warehouse.VolunteerHoursAsync(volunteerId, clock.GetUtcNow().Year, ct);
}
