using Petrilab.Data;
using Petrilab.Models;

namespace Petrilab.Services;

public class SampleService(SampleRepository samples, LabelPrintService printer, TimeProvider clock, ILogger<SampleService> logger)
{
    // Clinics submit free-text species; map the common variants onto the names used in the LIMS.
    private static readonly Dictionary<string, string> SpeciesAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dog"] = "canine",
        ["k9"] = "canine",
        ["cat"] = "feline",
        ["horse"] = "equine",
        ["cow"] = "bovine",
        ["rabbit"] = "lagomorph",
    };

    public Task<List<Sample>> SearchAsync(SampleSearchQuery query, CancellationToken ct)
    {
        string? species = null;
        if (!string.IsNullOrWhiteSpace(query.Species))
        {
            var trimmed = query.Species.Trim();
            species = SpeciesAliases.TryGetValue(trimmed, out var canonical) ? canonical : trimmed;
        }

        return samples.SearchAsync(query.ClinicId, species, query.Owner?.Trim(), query.Page, ct);
    }

    public Task<Sample?> FindAsync(string accession, CancellationToken ct) =>
        samples.FindByAccessionAsync(accession.Trim().ToUpperInvariant(), ct);

    public async Task<bool> ReceiveAsync(int sampleId, string receivedBy, CancellationToken ct)
    {
        var updated = await samples.MarkReceivedAsync(sampleId, receivedBy, ct);
        if (updated == 1)
        {
            logger.LogInformation("Sample {SampleId} received by {User}", sampleId, receivedBy);
        }

        return updated == 1;
    }

    public async Task<int> PrintLabelAsync(int sampleId, LabelPrintRequest request, CancellationToken ct)
    {
        var sample = await samples.GetAsync(sampleId, ct) ?? throw new KeyNotFoundException($"Sample {sampleId} not found");
        return await printer.PrintSampleLabelAsync(sample, request, ct);
    }

    public async Task<int> PrintAtStationAsync(int sampleId, StationPrintRequest request, CancellationToken ct)
    {
        var sample = await samples.GetAsync(sampleId, ct) ?? throw new KeyNotFoundException($"Sample {sampleId} not found");
        return await printer.PrintAtStationAsync(sample, request, ct);
    }

    public Task<List<ClinicNote>> NotesAsync(int sampleId, CancellationToken ct = default) =>
        samples.NotesAsync(sampleId, ct);

    public Task AddNoteAsync(int sampleId, int clinicId, string author, string body, CancellationToken ct = default) =>
        samples.AddNoteAsync(new ClinicNote
        {
            SampleId = sampleId,
            ClinicId = clinicId,
            Author = author,
            Body = body.Trim(),
            CreatedAt = clock.GetUtcNow(),
        }, ct);
}
