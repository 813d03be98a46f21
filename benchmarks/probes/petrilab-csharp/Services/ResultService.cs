using System.Runtime.Serialization.Formatters.Binary;
using Microsoft.EntityFrameworkCore;
using Petrilab.Data;
using Petrilab.Messaging;
using Petrilab.Models;

namespace Petrilab.Services;

public class ResultService(
    LabDbContext db,
    CaseRepository cases,
    IMessagePublisher publisher,
    IHttpClientFactory httpClients,
    DocumentStore documents,
    TimeProvider clock,
    ILogger<ResultService> logger)
{
    public Task<Sample?> GetSampleAsync(int sampleId) =>
        db.Samples.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sampleId);

    public Task<List<TestResult>> GetResultsAsync(int sampleId) =>
        db.Results.AsNoTracking().Where(r => r.SampleId == sampleId).OrderBy(r => r.AnalyteCode).ToListAsync();

    public Task<CaseReport?> GetReportAsync(int sampleId) =>
        db.CaseReports.AsNoTracking().FirstOrDefaultAsync(r => r.SampleId == sampleId);

    public async Task<bool> ReleaseAsync(int sampleId, ReleaseRequest request, CancellationToken ct)
    {
        var sample = await db.Samples.FirstOrDefaultAsync(s => s.Id == sampleId, ct);
        if (sample is null || sample.Status == "Released")
        {
            return false;
        }

        sample.Status = "Released";
        await db.SaveChangesAsync(ct);

        publisher.Publish("results.released", new ResultReleasedMessage(sample.Id, sample.Accession, sample.ClinicId, request.ReleasedBy.Trim(), clock.GetUtcNow()));
        logger.LogInformation("Released {Accession}", sample.Accession);
        return true;
    }

    public Task<IReadOnlyList<CaseSearchRow>> SearchCasesAsync(string keyword, string? pathologist, int limit) =>
        cases.SearchAsync(keyword.Trim(), pathologist, Math.Clamp(limit, 1, 200));

    public async Task<CaseReport> SubmitReportAsync(int sampleId, string pathologist, string commentHtml, string summary, CancellationToken ct)
    {
        var report = await db.CaseReports.FirstOrDefaultAsync(r => r.SampleId == sampleId, ct);
        if (report is null)
        {
            report = new CaseReport { SampleId = sampleId };
            db.CaseReports.Add(report);
        }

        report.Pathologist = pathologist;
        report.PathologistComment = commentHtml;
        report.Summary = summary;
        report.SignedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>Pulls a photomicrograph or radiograph that the referring vet published elsewhere.</summary>
    public async Task<string> AttachExternalImageAsync(int sampleId, string imageUrl, CancellationToken ct)
    {
        var client = httpClients.CreateClient("imaging");
        using var response = await client.GetAsync(imageUrl, HttpCompletionOption.ResponseHeadersRead, ct); // VULN ssrf
        response.EnsureSuccessStatusCode();

        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
        if (!mediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"Expected an image but received {mediaType}");
        }

        var slideId = Guid.NewGuid();
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        await documents.SaveSlideAsync(slideId, body, ct);
        logger.LogInformation("Attached external image {SlideId} to sample {SampleId}", slideId, sampleId);
        return slideId.ToString("N");
    }

    /// <summary>Restores a draft exported by the offline review client.</summary>
    public WorkbenchDraft ImportDraft(byte[] payload)
    {
#pragma warning disable SYSLIB0011
        var formatter = new BinaryFormatter();
        using var buffer = new MemoryStream(payload, writable: false);
        var draft = (WorkbenchDraft)formatter.Deserialize(buffer); // VULN deser
#pragma warning restore SYSLIB0011
        draft.SavedAtUtc = clock.GetUtcNow().UtcDateTime;
        return draft;
    }
}
