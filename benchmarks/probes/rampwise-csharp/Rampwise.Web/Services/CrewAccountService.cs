using Rampwise.Web.Domain;
using Rampwise.Web.Repositories;
using Rampwise.Web.Security;

namespace Rampwise.Web.Services;

public interface ICrewAccountService
{
    Task<CrewMember?> AuthenticateAsync(string badgeNumber, string password, CancellationToken ct);
    Task<bool> ChangePasswordAsync(string badgeNumber, string currentPassword, string newPassword, CancellationToken ct);
    Task RequestPasswordResetAsync(string badgeNumber, CancellationToken ct);
    Task<string?> SetTabletPinAsync(string badgeNumber, string pin, CancellationToken ct);
}

public class CrewAccountService : ICrewAccountService
{
    private readonly ICrewRepository _repository;
    private readonly ICrewPasswordHasher _hasher;
    private readonly ISmsGateway _sms;
    private readonly ILogger<CrewAccountService> _logger;

    public CrewAccountService(ICrewRepository repository, ICrewPasswordHasher hasher, ISmsGateway sms, ILogger<CrewAccountService> logger)
    {
        _repository = repository;
        _hasher = hasher;
        _sms = sms;
        _logger = logger;
    }

    public async Task<CrewMember?> AuthenticateAsync(string badgeNumber, string password, CancellationToken ct)
    {
        var member = await _repository.FindByBadgeAsync(badgeNumber, ct);
        if (member is null || !_hasher.VerifyPassword(password, member.PasswordHash, member.PasswordSalt))
        {
            _logger.LogWarning("Failed login for badge {Badge}", badgeNumber);
            return null;
        }
        return member;
    }

    public async Task<bool> ChangePasswordAsync(string badgeNumber, string currentPassword, string newPassword, CancellationToken ct)
    {
        var member = await AuthenticateAsync(badgeNumber, currentPassword, ct);
        if (member is null)
        {
            return false;
        }

        var (hash, salt) = _hasher.HashPassword(newPassword);
        await _repository.UpdatePasswordAsync(member.Id, hash, salt, ct);
        return true;
    }

    public async Task RequestPasswordResetAsync(string badgeNumber, CancellationToken ct)
    {
        var member = await _repository.FindByBadgeAsync(badgeNumber, ct);
        if (member is null)
        {
            return;
        }

        var code = OneTimeCodes.NewPasswordResetCode();
        await _repository.SetResetCodeAsync(member.Id, code, DateTime.UtcNow.AddMinutes(15), ct);
        await _sms.SendAsync(member.BadgeNumber, $"Rampwise reset code: {code}. Valid for 15 minutes.", ct);
    }

    public async Task<string?> SetTabletPinAsync(string badgeNumber, string pin, CancellationToken ct)
    {
        var member = await _repository.FindByBadgeAsync(badgeNumber, ct);
        if (member is null)
        {
            return null;
        }

        var pinHash = _hasher.HashTabletPin(member.BadgeNumber, pin);
        _logger.LogInformation("Tablet PIN updated for {Badge}", member.BadgeNumber);
        return pinHash;
    }
}

public interface ISmsGateway
{
    Task SendAsync(string badgeNumber, string message, CancellationToken ct);
}

public class LoggingSmsGateway : ISmsGateway
{
    private readonly ILogger<LoggingSmsGateway> _logger;

    public LoggingSmsGateway(ILogger<LoggingSmsGateway> logger)
    {
        _logger = logger;
    }

    public Task SendAsync(string badgeNumber, string message, CancellationToken ct)
    {
        _logger.LogInformation("SMS queued for crew {Badge}", badgeNumber);
        return Task.CompletedTask;
    }
}
