using MassTransit;
using MongoDB.Bson;
using Rollcall.Web.Data;
using Rollcall.Web.Messaging;
using Rollcall.Web.Models;

namespace Rollcall.Web.Services;

public sealed class GuardianService
{
    private const string InvitationAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly GuardianRepository _repository;
    private readonly PasswordService _passwords;
    private readonly IPublishEndpoint _publish;
    private readonly ILogger<GuardianService> _logger;

    public GuardianService(GuardianRepository repository, PasswordService passwords, IPublishEndpoint publish, ILogger<GuardianService> logger)
    {
        _repository = repository;
        _passwords = passwords;
        _publish = publish;
        _logger = logger;
    }

    public Task<List<Guardian>> SearchBySurnameAsync(string schoolId, string surname, CancellationToken ct) =>
        _repository.FindBySurnameAsync(schoolId, surname.Trim(), ct);

    public Task<Guardian?> FindByEmailAsync(string email, CancellationToken ct) =>
        _repository.FindByEmailAsync(email.Trim().ToLowerInvariant(), ct);

    public Task<Guardian?> GetAsync(ObjectId id, CancellationToken ct) => _repository.GetByIdAsync(id, ct);

    public Task<List<Guardian>> ListForStudentAsync(int studentId, CancellationToken ct) =>
        _repository.ListForStudentAsync(studentId, ct);

    public async Task<Guardian?> VerifyPinAsync(string email, string pin, CancellationToken ct)
    {
        var guardian = await _repository.FindByEmailAsync(email.Trim().ToLowerInvariant(), ct);
        if (guardian is null || string.IsNullOrEmpty(guardian.PinHash))
        {
            return null;
        }

        return _passwords.VerifyLegacyPin(pin, guardian.PinSalt, guardian.PinHash) ? guardian : null;
    }

    public async Task<string> ResetPinAsync(ObjectId guardianId, CancellationToken ct)
    {
        var pin = _passwords.GenerateTemporaryPin();
        var salt = PasswordService.NewSalt();
        await _repository.UpdatePinAsync(guardianId, _passwords.HashLegacyPin(pin, salt), salt, ct);
        return pin;
    }

    public async Task<GuardianInvitation> CreateInvitationAsync(InvitationRequest request, CancellationToken ct)
    {
        var invitation = new GuardianInvitation
        {
            Email = request.Email.Trim().ToLowerInvariant(),
            StudentId = request.StudentId,
            Code = NewInvitationCode(),
            ExpiresAt = DateTime.UtcNow.AddDays(7),
        };
        await _repository.AddInvitationAsync(invitation, ct);
        _logger.LogInformation("Invitation created for student {StudentId}", request.StudentId);
        return invitation;
    }

    public async Task UpdatePreferencesAsync(Guardian guardian, NotificationPreferencesDto preferences, CancellationToken ct)
    {
        string? callback = null;
        if (!string.IsNullOrWhiteSpace(preferences.CallbackUrl))
        {
            if (!Uri.TryCreate(preferences.CallbackUrl, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new ArgumentException("The notification callback must be an http(s) URL.");
            }

            callback = uri.AbsoluteUri;
        }

        await _repository.UpdatePreferencesAsync(guardian.Id, preferences.Email, preferences.Sms, callback, ct);
        await _publish.Publish(new GuardianContactChanged(guardian.Id.ToString(), guardian.Email, callback), ct);
    }

    private static string NewInvitationCode()
    {
        var chars = new char[10];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = InvitationAlphabet[Random.Shared.Next(InvitationAlphabet.Length)]; // VULN random
        }

        return new string(chars);
    }
}
