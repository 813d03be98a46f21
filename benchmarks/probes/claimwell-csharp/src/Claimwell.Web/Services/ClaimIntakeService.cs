using System.ComponentModel.DataAnnotations;
using Claimwell.Web.Data;
using Claimwell.Web.Infrastructure;
using Claimwell.Web.Messaging;
using Claimwell.Web.Models;

namespace Claimwell.Web.Services;

public sealed class ClaimIntakeService
{
    private readonly ClaimRepository _claims;
    private readonly PolicyRepository _policies;
    private readonly ServiceBusPublisher _publisher;
    private readonly AuditStore _audit;
    private readonly ClaimReferenceGenerator _references;
    private readonly TimeProvider _clock;
    private readonly ILogger<ClaimIntakeService> _logger;

    public ClaimIntakeService(
        ClaimRepository claims,
        PolicyRepository policies,
        ServiceBusPublisher publisher,
        AuditStore audit,
        ClaimReferenceGenerator references,
        TimeProvider clock,
        ILogger<ClaimIntakeService> logger)
    {
        _claims = claims;
        _policies = policies;
        _publisher = publisher;
        _audit = audit;
        _references = references;
        _clock = clock;
        _logger = logger;
    }

    public async Task<IReadOnlyList<ClaimSummaryDto>> SearchAsync(ClaimSearchFilter filter, CancellationToken ct)
    {
        if (filter.PolicyNumber is not null && !InputRules.IsPolicyNumber(filter.PolicyNumber))
        {
            throw new ValidationException("policyNumber must look like AB12345678");
        }

        var pageSize = Math.Clamp(filter.PageSize, 1, 100);
        var rows = await _claims.SearchAsync(filter with { PageSize = pageSize }, ct);
        return rows.Select(ClaimSummaryDto.From).ToList();
    }

    public async Task<IReadOnlyList<ClaimSummaryDto>> ByPolicyAsync(string policyNumber, CancellationToken ct)
    {
        var rows = await _claims.ByPolicyAsync(policyNumber, ct);
        return rows.Select(ClaimSummaryDto.From).ToList();
    }

    public Task<ClaimCase?> GetAsync(Guid id, CancellationToken ct) => _claims.GetAsync(id, ct);

    public async Task<ClaimCase> SubmitAsync(ClaimIntakeRequest request, string submittedBy, CancellationToken ct)
    {
        if (!InputRules.LossTypes.Contains(request.LossType))
        {
            throw new ValidationException($"Unknown loss type '{request.LossType}'.");
        }

        var policy = await _policies.GetByNumberAsync(request.PolicyNumber, ct)
            ?? throw new ValidationException($"Policy {request.PolicyNumber} was not found.");

        if (policy.Status != PolicyStatus.Active
            || request.LossDate < policy.EffectiveFrom
            || request.LossDate > policy.EffectiveTo)
        {
            throw new ValidationException("The policy was not in force on the date of loss.");
        }

        var claim = new ClaimCase
        {
            Id = Guid.NewGuid(),
            Reference = _references.Next(),
            PolicyId = policy.Id,
            PolicyNumber = policy.PolicyNumber,
            Status = ClaimStatus.Submitted,
            ReportedAt = _clock.GetUtcNow(),
            LossDate = request.LossDate,
            LossType = request.LossType.ToLowerInvariant(),
            Description = request.Description,
            EstimatedAmount = request.EstimatedAmount,
            ClaimantName = request.ClaimantName,
            ClaimantEmail = request.ClaimantEmail
        };

        await _claims.AddAsync(claim, ct);
        await _audit.RecordAsync(AuditEntry.Create(claim.Reference, submittedBy, "claim.submitted"), ct);

        var evidence = (request.EvidenceUrls ?? new List<string>())
            .Where(u => !string.IsNullOrWhiteSpace(u))
            .Distinct(StringComparer.Ordinal)
            .Take(10)
            .ToList();

        await _publisher.PublishAsync(
            MessageSubjects.ClaimSubmitted,
            new ClaimSubmittedMessage(claim.Id, claim.Reference, claim.ClaimantName, claim.ClaimantEmail, claim.PolicyNumber, evidence),
            ct);

        _logger.LogInformation("Claim {Reference} submitted against policy {PolicyNumber}", claim.Reference, claim.PolicyNumber);
        return claim;
    }

    public async Task<ClaimNote> AddNoteAsync(Guid claimId, AddNoteRequest request, string author, CancellationToken ct)
    {
        var claim = await _claims.GetAsync(claimId, ct) ?? throw new KeyNotFoundException($"Claim {claimId} not found.");
        var note = new ClaimNote
        {
            Id = Guid.NewGuid(),
            ClaimId = claimId,
            Author = author,
            Body = request.Body.Trim(),
            CreatedAt = _clock.GetUtcNow()
        };

        await _claims.AddNoteAsync(note, ct);
        await _audit.RecordAsync(AuditEntry.Create(claim.Reference, author, "note.added", note.Body), ct);
        return note;
    }

    public async Task AssignAsync(Guid claimId, string adjusterId, string assignedBy, CancellationToken ct)
    {
        var claim = await _claims.GetAsync(claimId, ct) ?? throw new KeyNotFoundException($"Claim {claimId} not found.");
        var updated = await _claims.AssignAsync(claimId, adjusterId.Trim(), ct);
        if (updated == 0)
        {
            throw new InvalidOperationException($"Claim {claimId} could not be assigned.");
        }

        await _audit.RecordAsync(AuditEntry.Create(claim.Reference, assignedBy, "claim.assigned", adjusterId), ct);
    }

    public async Task UpdateStatusAsync(Guid claimId, ClaimStatus status, string changedBy, CancellationToken ct)
    {
        var claim = await _claims.GetAsync(claimId, ct) ?? throw new KeyNotFoundException($"Claim {claimId} not found.");
        await _claims.SetStatusAsync(claimId, status, ct);
        await _audit.RecordAsync(AuditEntry.Create(claim.Reference, changedBy, "claim.status", status.ToString()), ct);
    }
}
