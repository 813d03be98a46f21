using Kilnworks.Data;
using Kilnworks.Domain;
using Kilnworks.Services.Security;

namespace Kilnworks.Services;

public sealed class MemberService
{
    private readonly MemberRepository _members;
    private readonly PasswordHasher _hasher;
    private readonly TokenIssuer _tokens;
    private readonly ILogger<MemberService> _logger;

    public MemberService(MemberRepository members, PasswordHasher hasher, TokenIssuer tokens, ILogger<MemberService> logger)
    {
        _members = members;
        _hasher = hasher;
        _tokens = tokens;
        _logger = logger;
    }

    public async Task<Member?> AuthenticateAsync(string email, string password, CancellationToken ct)
    {
        var member = await _members.FindByEmailAsync(email, ct);
        if (member is null || !_hasher.Verify(password, member.PasswordHash))
        {
            _logger.LogInformation("Failed sign-in for {Email}", email);
            return null;
        }
        return member;
    }

    public Task<Member?> GetAsync(int id, CancellationToken ct) => _members.GetAsync(id, ct);

    public Task<IReadOnlyList<Member>> DirectoryAsync(string namePart, CancellationToken ct)
        => _members.DirectorySearchAsync(namePart, "member", ct);

    public async Task UpdateProfileAsync(int id, string displayName, string? website, string? bio, string? webhookUrl, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(webhookUrl) && !WebhookClient.IsAcceptableEndpoint(webhookUrl))
        {
            throw new ArgumentException("Webhook URL must be an absolute http(s) URL.");
        }
        await _members.UpdateProfileAsync(id, displayName.Trim(), website?.Trim(), bio, webhookUrl?.Trim(), ct);
    }

    public async Task<string?> StartPasswordResetAsync(string email, CancellationToken ct)
    {
        var member = await _members.FindByEmailAsync(email, ct);
        if (member is null)
        {
            return null;
        }
        var token = _tokens.NewResetToken();
        await _members.SetResetTokenAsync(member.Id, token, DateTime.UtcNow.AddMinutes(30), ct);
        return token;
    }

    public async Task ChangePasswordAsync(int memberId, string newPassword, CancellationToken ct)
    {
        if (newPassword.Length < 10)
        {
            throw new ArgumentException("Passwords need at least 10 characters.");
        }
        await _members.SetPasswordHashAsync(memberId, _hasher.Hash(newPassword), ct);
    }

    public async Task SetKioskPinAsync(int memberId, string pin, CancellationToken ct)
    {
        if (pin.Length is < 4 or > 8 || !pin.All(char.IsDigit))
        {
            throw new ArgumentException("Kiosk PIN must be 4 to 8 digits.");
        }
        await _members.SetKioskPinHashAsync(memberId, _hasher.HashKioskPin(memberId, pin), ct);
    }
}
