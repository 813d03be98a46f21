using Claimwell.Web.Data;
using Claimwell.Web.Messaging;
using Claimwell.Web.Models;

namespace Claimwell.Web.Services;

public sealed class ClaimNotificationService
{
    private readonly ClaimRepository _claims;
    private readonly ServiceBusPublisher _publisher;
    private readonly AuditStore _audit;

    public ClaimNotificationService(ClaimRepository claims, ServiceBusPublisher publisher, AuditStore audit)
    {
        _claims = claims;
        _publisher = publisher;
        _audit = audit;
    }

    public async Task RequestAcknowledgementAsync(Guid claimId, string brokerName, string? personalNote, CancellationToken ct)
    {
        var claim = await _claims.GetAsync(claimId, ct) ?? throw new KeyNotFoundException($"Claim {claimId} not found.");

        var message = new AcknowledgementRequestedMessage(
            claim.Id,
            claim.Reference,
            claim.ClaimantName,
            claim.ClaimantEmail,
            brokerName,
            string.IsNullOrWhiteSpace(personalNote) ? null : personalNote.Trim());

        await _publisher.PublishAsync(MessageSubjects.AcknowledgementRequested, message, ct);
        await _audit.RecordAsync(AuditEntry.Create(claim.Reference, brokerName, "acknowledgement.requested"), ct);
    }
}
