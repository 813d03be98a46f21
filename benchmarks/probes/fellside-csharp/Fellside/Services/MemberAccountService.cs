using Fellside.Domain;
using Fellside.Repositories;

namespace Fellside.Services;

public class MemberAccountService
{
    private readonly MemberRepository _members;
    private readonly PasswordHasher _hasher;
    private readonly CodeGenerator _codes;
    private readonly MailSender _mail;

    public MemberAccountService(MemberRepository members, PasswordHasher hasher, CodeGenerator codes, MailSender mail)
    {
        _members = members;
        _hasher = hasher;
        _codes = codes;
        _mail = mail;
    }

    public async Task<TeamMember?> SignInAsync(string callsign, string password, CancellationToken ct)
    {
        var member = await _members.GetByCallsignAsync(callsign, ct);
        if (member is null || !_hasher.VerifyPassword(password, member.PasswordHash))
        {
            return null;
        }

        return member;
    }

    public Task<TeamMember?> FindAsync(string callsign, CancellationToken ct) => _members.GetByCallsignAsync(callsign, ct);

    public async Task<TeamMember?> SignInWithPinAsync(string callsign, string pin, CancellationToken ct)
    {
        var member = await _members.GetByCallsignAsync(callsign, ct);
        return member is not null && _hasher.VerifyPin(member.Callsign, pin, member.PinHash) ? member : null;
    }

    public async Task SetPinAsync(TeamMember member, string pin, CancellationToken ct)
    {
        if (pin.Length is < 4 or > 8 || !pin.All(char.IsDigit))
        {
            throw new ArgumentException("PIN must be 4-8 digits.", nameof(pin));
        }

        await _members.SetPinHashAsync(member.Id, _hasher.HashPin(member.Callsign, pin), ct);
    }

    public async Task RequestPasswordResetAsync(string email, string resetBaseUrl, CancellationToken ct)
    {
        var member = await _members.GetByEmailAsync(email, ct);
        if (member is null)
        {
            return;
        }

        var token = _codes.NewResetToken();
        await _members.SetResetTokenAsync(member.Id, token, DateTime.UtcNow.AddHours(1), ct);
        var link = $"{resetBaseUrl}?callsign={Uri.EscapeDataString(member.Callsign)}&token={token}";
        await _mail.SendHtmlAsync(member.Email, "Reset your Fellside password",
            $"<p>Use <a href=\"{link}\">this link</a> within the hour to set a new password.</p>", ct);
    }

    public async Task<bool> CompleteResetAsync(string callsign, string token, string newPassword, CancellationToken ct)
    {
        var member = await _members.GetByCallsignAsync(callsign, ct);
        if (member?.ResetToken is null || member.ResetTokenExpiresUtc < DateTime.UtcNow ||
            !string.Equals(member.ResetToken, token, StringComparison.Ordinal))
        {
            return false;
        }

        await _members.SetPasswordHashAsync(member.Id, _hasher.HashPassword(newPassword), ct);
        return true;
    }
}
