using Larderline.Contracts;
using Larderline.Domain;
using Larderline.Infrastructure.Scripting;
using Larderline.Infrastructure.Serialization;
using Larderline.Repositories;
using Larderline.Workers;

namespace Larderline.Services;

public sealed class PackingPlanService(
    ParcelRepository parcels,
    PackingPlanSerializer serializer,
    PackingRuleEngine engine,
    IWorkQueue queue,
    TimeProvider clock,
    ILogger<PackingPlanService> logger)
{
    public Task<PackingRule> AddRuleAsync(int partnerId, PackingRuleRequest request, CancellationToken ct) =>
        parcels.AddRuleAsync(new PackingRule
        {
            PartnerId = partnerId,
            Name = request.Name.Trim(),
            Expression = request.Expression,
            AddItem = request.AddItem.Trim(),
            Priority = request.Priority,
            Active = true,
        }, ct);

    public async Task<IReadOnlyList<string>> PreviewRulesAsync(int partnerId, HouseholdFacts facts, CancellationToken ct)
    {
        var rules = await parcels.ActiveRulesAsync(partnerId, ct);
        return await engine.ApplyAsync(rules, facts, ct);
    }

    public Task<decimal> TargetWeightAsync(decimal baseKg, int householdSize, CancellationToken ct) =>
        engine.TargetWeightAsync(baseKg, householdSize, ct);

    public async Task<int> SubmitDraftAsync(int partnerId, string payload, string submittedBy, CancellationToken ct)
    {
        var draft = await parcels.AddDraftAsync(new PackingPlanDraft
        {
            PartnerId = partnerId,
            Payload = payload,
            CreatedBy = submittedBy,
            CreatedAt = clock.GetUtcNow(),
        }, ct);

        await queue.EnqueueAsync(new PackingDraftSubmitted(draft.Id) { RequestedBy = submittedBy }, ct);
        return draft.Id;
    }

    public async Task ReplayDraftAsync(int draftId, CancellationToken ct)
    {
        var draft = await parcels.FindDraftAsync(draftId, ct);
        if (draft is null || draft.Status != "Pending")
        {
            return;
        }

        var plan = serializer.ReadDraft(draft.Payload);
        if (plan is null || plan.PartnerId != draft.PartnerId)
        {
            draft.Status = "Rejected";
        }
        else
        {
            draft.Status = "Applied";
            logger.LogInformation("Packing plan {Week} for partner {PartnerId}: {Lines} lines", plan.Week, plan.PartnerId, plan.Lines.Count);
        }
        await parcels.SaveAsync(ct);
    }

    public PackingPlan? ImportTemplate(string json)
    {
        var plan = serializer.ReadTemplate(json);
        if (plan is not null && plan.Lines.Any(l => l.PerParcel is < 0 or > 50))
        {
            throw new InvalidOperationException("Template has implausible per-parcel quantities.");
        }
        return plan;
    }
}
