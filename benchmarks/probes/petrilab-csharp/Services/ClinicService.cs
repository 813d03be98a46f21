using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Petrilab.Data;
using Petrilab.Models;

namespace Petrilab.Services;

public class ClinicService(LabDbContext db, PasswordHasher hasher, TokenService tokens, TimeProvider clock, ILogger<ClinicService> logger)
{
    public async Task<Clinic> RegisterAsync(ClinicRegistration registration, CancellationToken ct)
    {
        var code = registration.Code.Trim().ToUpperInvariant();
        if (await db.Clinics.AnyAsync(c => c.Code == code, ct))
        {
            throw new InvalidOperationException($"Clinic code {code} is already registered");
        }

        var clinic = new Clinic
        {
            Code = code,
            DisplayName = registration.DisplayName.Trim(),
            Website = registration.Website?.Trim(),
            WebhookUrl = registration.WebhookUrl?.Trim(),
            ContactEmail = registration.ContactEmail.Trim(),
            PortalPasswordHash = hasher.Hash(registration.Password),
            LegacyPasswordDigest = hasher.PracticeSyncDigest(registration.Password, code),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Clinics.Add(clinic);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Registered clinic {Code}", clinic.Code);
        return clinic;
    }

    public async Task<(Clinic Clinic, string Token)?> SignInAsync(PortalLogin login, CancellationToken ct)
    {
        var code = login.ClinicCode.Trim().ToUpperInvariant();
        var clinic = await db.Clinics.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, ct);
        if (clinic is null || !hasher.Verify(login.Password, clinic.PortalPasswordHash))
        {
            return null;
        }

        return (clinic, tokens.IssuePortalToken(clinic));
    }

    public Task<Clinic?> FindAsync(int clinicId, CancellationToken ct) =>
        db.Clinics.AsNoTracking().FirstOrDefaultAsync(c => c.Id == clinicId, ct);

    public async Task<bool> UpdateLetterheadAsync(int clinicId, string template, CancellationToken ct)
    {
        var clinic = await db.Clinics.FirstOrDefaultAsync(c => c.Id == clinicId, ct);
        if (clinic is null)
        {
            return false;
        }

        clinic.LetterheadTemplate = string.IsNullOrWhiteSpace(template) ? null : template;
        clinic.LetterheadVersion++;
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> ChangePasswordAsync(int clinicId, PasswordChange change, CancellationToken ct)
    {
        var clinic = await db.Clinics.FirstOrDefaultAsync(c => c.Id == clinicId, ct);
        if (clinic is null || !hasher.Verify(change.CurrentPassword, clinic.PortalPasswordHash))
        {
            return false;
        }

        clinic.PortalPasswordHash = hasher.Hash(change.NewPassword);
        clinic.LegacyPasswordDigest = hasher.PracticeSyncDigest(change.NewPassword, clinic.Code);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<string> CreateInviteAsync(int clinicId, string email, CancellationToken ct)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)); // SAFE random
        db.ClinicInvites.Add(new ClinicInvite
        {
            ClinicId = clinicId,
            Email = email.Trim(),
            TokenHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))),
            ExpiresAt = clock.GetUtcNow().AddDays(7),
        });
        await db.SaveChangesAsync(ct);
        return token;
    }
}
