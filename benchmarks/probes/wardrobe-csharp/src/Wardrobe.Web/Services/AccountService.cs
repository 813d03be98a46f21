using Microsoft.EntityFrameworkCore;
using Wardrobe.Web.Data;
using Wardrobe.Web.Domain;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Security;

namespace Wardrobe.Web.Services;

public sealed class AccountService
{
    private const string PartnerLanding = "/partners/rentals";
    private const string StaffLanding = "/productions";

    private readonly WardrobeDbContext _db;
    private readonly PasswordHasher _hasher;
    private readonly CodeGenerator _codes;
    private readonly TimeProvider _clock;
    private readonly ILogger<AccountService> _logger;

    public AccountService(WardrobeDbContext db, PasswordHasher hasher, CodeGenerator codes, TimeProvider clock, ILogger<AccountService> logger)
    {
        _db = db;
        _hasher = hasher;
        _codes = codes;
        _clock = clock;
        _logger = logger;
    }

    public async Task<Member?> AuthenticateAsync(string login, string password, CancellationToken ct)
    {
        var member = await _db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Login == login, ct);
        if (member is null)
        {
            return null;
        }

        var ok = member.IsPartner
            ? _hasher.VerifyPartnerPassword(password, member.PartnerCode ?? string.Empty, member.PasswordHash)
            : _hasher.Verify(password, member.PasswordHash, member.PasswordSalt);
        return ok ? member : null;
    }

    /// <summary>Where to send someone straight after they sign in.</summary>
    public string LandingPageFor(Member member, string? requested)
    {
        if (member.IsPartner)
        {
            return PartnerLanding;
        }

        return UrlSafety.IsSiteRelative(requested) ? requested! : StaffLanding;
    }

    public async Task<Member> RegisterAsync(RegisterRequest request, CancellationToken ct)
    {
        if (await _db.Members.AnyAsync(m => m.Login == request.Login || m.Email == request.Email, ct))
        {
            throw new InvalidOperationException("An account with that login or e-mail already exists.");
        }

        var (hash, salt) = _hasher.Hash(request.Password);
        var member = new Member
        {
            Login = request.Login.Trim(),
            Email = request.Email.Trim(),
            DisplayName = request.DisplayName.Trim(),
            PasswordHash = hash,
            PasswordSalt = salt,
            VerificationCode = _codes.NewVerificationCode(),
            CreatedAt = _clock.GetUtcNow().UtcDateTime,
        };

        _db.Members.Add(member);
        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("Registered member {Login}; verification code sent to {Email}", member.Login, member.Email);
        return member;
    }

    public async Task<Member> RegisterPartnerAsync(PartnerRegistrationRequest request, CancellationToken ct)
    {
        var partnerCode = request.PartnerCode.Trim().ToUpperInvariant();
        if (await _db.Members.AnyAsync(m => m.Login == request.Login || m.PartnerCode == partnerCode, ct))
        {
            throw new InvalidOperationException("That partner is already registered.");
        }

        var member = new Member
        {
            Login = request.Login.Trim(),
            Email = request.Email.Trim(),
            DisplayName = request.CompanyName.Trim(),
            IsPartner = true,
            PartnerCode = partnerCode,
            PasswordHash = _hasher.HashPartnerPassword(request.Password, partnerCode),
            ApiKey = _codes.NewApiKey(),
            EmailVerified = true,
            CreatedAt = _clock.GetUtcNow().UtcDateTime,
        };

        _db.Members.Add(member);
        await _db.SaveChangesAsync(ct);
        return member;
    }

    public async Task<bool> StartPasswordResetAsync(string email, CancellationToken ct)
    {
        var member = await _db.Members.FirstOrDefaultAsync(m => m.Email == email, ct);
        if (member is null)
        {
            return false;
        }

        member.ResetToken = _codes.NewResetToken();
        member.ResetTokenExpiresAt = _clock.GetUtcNow().UtcDateTime.AddHours(2);
        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("Password reset link issued for member {MemberId}", member.Id);
        return true;
    }

    public async Task<bool> CompletePasswordResetAsync(string token, string newPassword, CancellationToken ct)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var member = await _db.Members.FirstOrDefaultAsync(m => m.ResetToken == token && m.ResetTokenExpiresAt > now, ct);
        if (member is null || member.IsPartner)
        {
            return false;
        }

        (member.PasswordHash, member.PasswordSalt) = _hasher.Hash(newPassword);
        member.ResetToken = null;
        member.ResetTokenExpiresAt = null;
        await _db.SaveChangesAsync(ct);
        return true;
    }

    public Task<Member?> FindAsync(int memberId, CancellationToken ct) =>
        _db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, ct);

    public async Task SaveDashboardLayoutAsync(int memberId, string layoutJson, CancellationToken ct)
    {
        var member = await _db.Members.FirstOrDefaultAsync(m => m.Id == memberId, ct)
            ?? throw new KeyNotFoundException($"Member {memberId} not found.");
        member.DashboardLayoutJson = layoutJson;
        await _db.SaveChangesAsync(ct);
    }
}
