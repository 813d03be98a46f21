using Larderline.Configuration;
using Larderline.Contracts;
using Larderline.Domain;
using Larderline.Infrastructure.Files;
using Larderline.Infrastructure.Serialization;
using Larderline.Infrastructure.Xml;
using Larderline.Repositories;
using Larderline.Security;
using Microsoft.Extensions.Options;

namespace Larderline.Services;

public sealed class DonationIntakeService(
    IDonationRepository donations,
    DocumentStore documents,
    SupermarketFeedParser feedParser,
    StoreDirectory stores,
    ScannerBatchReader scannerReader,
    IHttpClientFactory httpClients,
    IOptions<IntegrationOptions> integrationOptions,
    TimeProvider clock,
    ILogger<DonationIntakeService> logger)
{
    public const string FeedClient = "supermarket-feeds";

    public Task<IReadOnlyList<Donation>> SearchAsync(DonationSearchFilter filter, CancellationToken ct) =>
        donations.SearchAsync(filter, ct);

    public Task<IReadOnlyList<Donation>> ShelvedByCategoryAsync(string category, CancellationToken ct) =>
        donations.ByCategoryAsync(category, ct);

    public async Task<DonationDetailsViewModel?> GetDetailsAsync(int id, CancellationToken ct)
    {
        var d = await donations.FindAsync(id, ct);
        if (d is null)
        {
            return null;
        }

        var storeName = d.StoreCode is null ? null : stores.All().FirstOrDefault(s => s.Code == d.StoreCode)?.Name;
        return new DonationDetailsViewModel(d.Id, d.DonorName, d.DonorEmail, storeName, d.Category, d.Quantity,
            d.WeightKg, d.BestBefore, d.ReceivedAt, d.ReceiptFile, d.Notes, d.Status);
    }

    public async Task<Donation> RecordAsync(DonationIntakeForm form, string recordedBy, CancellationToken ct)
    {
        string? receiptFile = null;
        string? fingerprint = null;

        if (form.ReceiptScan is { Length: > 0 } scan)
        {
            using var buffer = new MemoryStream();
            await scan.CopyToAsync(buffer, ct);
            fingerprint = CredentialHasher.ContentFingerprint(buffer.ToArray());
            if (await donations.ReceiptAlreadyRecordedAsync(fingerprint, ct))
            {
                throw new InvalidOperationException("This receipt has already been recorded against a donation.");
            }
            receiptFile = await documents.SaveReceiptScanAsync(scan, ct);
        }

        var donation = new Donation
        {
            DonorName = form.DonorName.Trim(),
            DonorEmail = form.DonorEmail,
            StoreCode = form.StoreCode,
            Category = form.Category,
            Quantity = form.Quantity,
            WeightKg = form.WeightKg,
            BestBefore = form.BestBefore,
            Notes = form.Notes,
            ReceiptFile = receiptFile,
            ReceiptFingerprint = fingerprint,
            ReceivedAt = clock.GetUtcNow(),
            RecordedBy = recordedBy,
        };
        return await donations.AddAsync(donation, ct);
    }

    public Task<Donation> RecordQuickAsync(QuickIntakeRequest request, string recordedBy, CancellationToken ct) =>
        donations.AddAsync(new Donation
        {
            DonorName = request.DonorName,
            Category = request.Category,
            Quantity = request.Quantity,
            WeightKg = request.WeightKg,
            StoreCode = request.StoreCode,
            ReceivedAt = clock.GetUtcNow(),
            RecordedBy = recordedBy,
        }, ct);

    public Stream OpenReceipt(string fileName) => documents.OpenReceipt(fileName);

    public StoreInfo? FindStore(string storeCode) => stores.FindByCode(storeCode);

    public StoreInfo? FindStoreByBranch(string branchCode) => stores.FindByBranch(branchCode);

    public async Task<FeedImportResult?> ImportStoreFeedAsync(string storeCode, string? feedKey, bool legacyFormat, Stream body, CancellationToken ct)
    {
        var store = stores.FindByCode(storeCode);
        if (store is null || store.FeedKey is null || !string.Equals(store.FeedKey, feedKey, StringComparison.Ordinal))
        {
            return null;
        }

        var lines = legacyFormat ? feedParser.ParseLegacy(body) : feedParser.Parse(body);
        await SaveFeedLinesAsync(store.Code, lines, "feed:" + store.Code, ct);
        return new FeedImportResult(store.Code, lines.Count, lines.Count);
    }

    public async Task PullRemoteFeedAsync(string storeCode, string feedUrl, CancellationToken ct)
    {
        var client = httpClients.CreateClient(FeedClient);
        client.Timeout = TimeSpan.FromSeconds(integrationOptions.Value.FeedTimeoutSeconds);

        await using var body = await client.GetStreamAsync(feedUrl, ct); // VULN ssrf
        var lines = feedParser.Parse(body);
        await SaveFeedLinesAsync(storeCode, lines, "pull:" + storeCode, ct);
        logger.LogInformation("Pulled {Count} surplus lines for store {Store}", lines.Count, storeCode);
    }

    public async Task<ScannerSyncResult> ApplyScannerBatchAsync(Stream payload, string recordedBy, CancellationToken ct)
    {
        var batch = scannerReader.Read(payload);
        var accepted = batch.Lines.Where(l => l.Quantity > 0 && l.Barcode.Length is >= 8 and <= 14).ToList();

        await donations.AddRangeAsync(accepted.Select(l => new Donation
        {
            DonorName = "Scanner " + batch.DeviceId,
            Category = DonationCategory.Other,
            Quantity = l.Quantity,
            Notes = $"Barcode {l.Barcode}, shelf {l.Shelf}",
            ReceivedAt = new DateTimeOffset(batch.CapturedAt, TimeSpan.Zero),
            RecordedBy = recordedBy,
        }), ct);

        return new ScannerSyncResult(batch.DeviceId, accepted.Count, batch.Lines.Count - accepted.Count);
    }

    private Task SaveFeedLinesAsync(string storeCode, IReadOnlyList<FeedLine> lines, string recordedBy, CancellationToken ct) =>
        donations.AddRangeAsync(lines.Select(l => new Donation
        {
            DonorName = storeCode,
            StoreCode = storeCode,
            Category = DonationCategory.Other,
            Quantity = l.Quantity,
            WeightKg = l.WeightKg,
            BestBefore = l.BestBefore,
            Notes = l.Description,
            ReceivedAt = clock.GetUtcNow(),
            RecordedBy = recordedBy,
        }), ct);
}
