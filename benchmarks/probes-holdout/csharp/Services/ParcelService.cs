using Larderline.Contracts;
using Larderline.Domain;
using Larderline.Infrastructure.Files;
using Larderline.Infrastructure.Processes;
using Larderline.Infrastructure.Scripting;
using Larderline.Repositories;
using Larderline.Security;
using Larderline.Workers;

namespace Larderline.Services;

public sealed class ParcelService(
    ParcelRepository parcels,
    PackingRuleEngine rules,
    AccessCodeGenerator codes,
    LabelPrinter printer,
    DocumentStore documents,
    IWorkQueue queue,
    ILogger<ParcelService> logger)
{
    private static readonly IReadOnlyDictionary<ParcelSize, decimal> BaseWeights = new Dictionary<ParcelSize, decimal>
    {
        [ParcelSize.Single] = 6.5m,
        [ParcelSize.Couple] = 9.0m,
        [ParcelSize.Family] = 13.5m,
        [ParcelSize.LargeFamily] = 17.0m,
    };

    public Task<List<Parcel>> StationQueueAsync(CancellationToken ct) => parcels.QueueForStationAsync(25, ct);

    public async Task<PackParcelResult?> PackAsync(int parcelId, string packedBy, CancellationToken ct)
    {
        var parcel = await parcels.FindAsync(parcelId, ct);
        if (parcel is null || parcel.Status is not (ParcelStatus.Requested or ParcelStatus.Packing))
        {
            return null;
        }

        var children = Math.Max(0, parcel.HouseholdSize - 2);
        var facts = new HouseholdFacts(parcel.HouseholdSize, parcel.DietaryFlags ?? string.Empty, parcel.Size.ToString(),
            parcel.HouseholdSize - children, children);

        var activeRules = await parcels.ActiveRulesAsync(parcel.PartnerId, ct);
        var extras = await rules.ApplyAsync(activeRules, facts, ct);

        parcel.TargetWeightKg = await rules.TargetWeightAsync(BaseWeights[parcel.Size], parcel.HouseholdSize, ct);
        await parcels.SaveAsync(ct);

        var updated = await parcels.MarkPackedAsync(parcelId, packedBy, ct);
        if (updated == 0)
        {
            return null;
        }

        var collectionCode = codes.NewCollectionCode();
        await parcels.SetCollectionCodeAsync(parcelId, collectionCode, ct);
        logger.LogInformation("Parcel {ParcelId} packed by {Packer} with {Extras} extra items", parcelId, packedBy, extras.Count);
        return new PackParcelResult(parcelId, ParcelStatus.Packed, extras, collectionCode);
    }

    public async Task<bool> DispatchAsync(int parcelId, int routeId, string requestedBy, CancellationToken ct)
    {
        var updated = await parcels.MarkDispatchedAsync(parcelId, routeId, ct);
        if (updated == 0)
        {
            return false;
        }
        await queue.EnqueueAsync(new ParcelDispatched(parcelId) { RequestedBy = requestedBy }, ct);
        return true;
    }

    public async Task<int> PrintLabelsAsync(PrintLabelForm form, CancellationToken ct)
    {
        if (!form.Batch)
        {
            return await printer.PrintAsync(form.Printer, documents.ParcelLabelPath(form.ParcelId), form.Copies, ct);
        }

        var queueForStation = await parcels.QueueForStationAsync(20, ct);
        var labels = queueForStation.Select(p => documents.ParcelLabelPath(p.Id)).ToList();
        return await printer.PrintBatchAsync(form.Printer, labels, ct);
    }

    public Task<bool> CancelPrintJobAsync(int jobId, CancellationToken ct) => printer.CancelJobAsync(jobId, ct);

    public string LabelPath(int parcelId) => documents.ParcelLabelPath(parcelId);
}
