using System.ComponentModel.DataAnnotations;
using Claimwell.Web.Data;
using Claimwell.Web.Infrastructure;
using Claimwell.Web.Models;

namespace Claimwell.Web.Services;

public sealed class PayoutService
{
    private readonly ClaimRepository _claims;
    private readonly PayoutLedgerDao _ledger;
    private readonly PayoutRuleEngine _rules;
    private readonly AuditStore _audit;
    private readonly ILogger<PayoutService> _logger;

    public PayoutService(ClaimRepository claims, PayoutLedgerDao ledger, PayoutRuleEngine rules, AuditStore audit, ILogger<PayoutService> logger)
    {
        _claims = claims;
        _ledger = ledger;
        _rules = rules;
        _audit = audit;
        _logger = logger;
    }

    public async Task<PayoutPreviewResult> PreviewAsync(PayoutPreviewRequest request, CancellationToken ct)
    {
        var claim = await LoadClaimAsync(request.ClaimId, ct);
        var policy = claim.Policy!;
        var inputs = new PayoutInputs(request.AssessedLoss, policy.CoverageLimit, policy.Deductible, claim.LossType);

        if (!string.IsNullOrWhiteSpace(request.AdjustmentFormula))
        {
            var adjusted = _rules.EvaluateAdjusted(request.AdjustmentFormula, inputs);
            return new PayoutPreviewResult(request.AssessedLoss, policy.Deductible, adjusted, "custom");
        }

        var net = _rules.EvaluateNamed(policy.ProductCode, inputs);
        return new PayoutPreviewResult(request.AssessedLoss, policy.Deductible, net, policy.ProductCode);
    }

    public async Task<Guid> ApproveAsync(ApprovePayoutRequest request, string approvedBy, CancellationToken ct)
    {
        var claim = await LoadClaimAsync(request.ClaimId, ct);
        if (claim.Status is not (ClaimStatus.UnderReview or ClaimStatus.Approved))
        {
            throw new ValidationException($"Claim {claim.Reference} is {claim.Status} and cannot be paid.");
        }

        var policy = claim.Policy!;
        var amount = _rules.EvaluateNamed(policy.ProductCode, new PayoutInputs(request.AssessedLoss, policy.CoverageLimit, policy.Deductible, claim.LossType));
        var alreadyPaid = await _ledger.GetTotalPaidAsync(claim.Id, ct);
        if (alreadyPaid + amount > policy.CoverageLimit)
        {
            throw new ValidationException("The payout would exceed the policy's coverage limit.");
        }

        var entryId = await _ledger.AppendAsync(claim.Id, amount, "EUR", approvedBy, ct);
        await _claims.SetStatusAsync(claim.Id, ClaimStatus.Paid, ct);
        await _audit.RecordAsync(AuditEntry.Create(claim.Reference, approvedBy, "payout.approved", $"{amount:F2} EUR to {request.PayeeName}"), ct);
        _logger.LogInformation("Payout {EntryId} approved for {Reference}", entryId, claim.Reference);
        return entryId;
    }

    public async Task<IReadOnlyList<LedgerEntryDto>> LedgerAsync(string claimReference, CancellationToken ct)
    {
        if (!InputRules.IsClaimReference(claimReference))
        {
            throw new ValidationException("Claim references look like CLM-2024-000123.");
        }

        return await _ledger.GetLedgerAsync(claimReference.Trim(), ct);
    }

    private async Task<ClaimCase> LoadClaimAsync(Guid claimId, CancellationToken ct) =>
        await _claims.GetAsync(claimId, ct) ?? throw new KeyNotFoundException($"Claim {claimId} not found.");
}
