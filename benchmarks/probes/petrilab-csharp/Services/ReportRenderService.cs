using Microsoft.EntityFrameworkCore;
using Petrilab.Data;
using RazorLight;

namespace Petrilab.Services;

public sealed record CoverLetterModel(string ClinicName, string Accession, string PatientName, string Species, string Summary, string Pathologist, DateTimeOffset SignedAt);

/// <summary>Renders the cover letter that accompanies every report PDF.</summary>
public class ReportRenderService(IRazorLightEngine engine, LabDbContext db, ILogger<ReportRenderService> logger)
{
    private static readonly HashSet<string> BuiltInLayouts = new(StringComparer.Ordinal) { "Standard", "Compact", "Referral" };

    public async Task<string> RenderCoverLetterAsync(int sampleId, CancellationToken ct)
    {
        var (clinic, model) = await LoadAsync(sampleId, ct);
        if (string.IsNullOrWhiteSpace(clinic.LetterheadTemplate))
        {
            return await RenderLayoutAsync("Standard", model);
        }

        var cacheKey = $"letterhead:{clinic.Id}:{clinic.LetterheadVersion}";
        logger.LogDebug("Rendering custom letterhead {Key}", cacheKey);
        return await engine.CompileRenderStringAsync(cacheKey, clinic.LetterheadTemplate, model); // VULN ssti
    }

    public async Task<string> RenderBuiltInAsync(int sampleId, string layout, CancellationToken ct)
    {
        var (_, model) = await LoadAsync(sampleId, ct);
        return await RenderLayoutAsync(layout, model);
    }

    private Task<string> RenderLayoutAsync(string layout, CoverLetterModel model)
    {
        if (!BuiltInLayouts.Contains(layout))
        {
            throw new ArgumentOutOfRangeException(nameof(layout), layout, "Unknown cover letter layout");
        }

        return engine.CompileRenderAsync($"CoverLetters.{layout}", model); // SAFE ssti
    }

    private async Task<(Clinic Clinic, CoverLetterModel Model)> LoadAsync(int sampleId, CancellationToken ct)
    {
        var sample = await db.Samples.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sampleId, ct)
                     ?? throw new KeyNotFoundException($"Sample {sampleId} not found");
        var clinic = await db.Clinics.AsNoTracking().FirstAsync(c => c.Id == sample.ClinicId, ct);
        var report = await db.CaseReports.AsNoTracking().FirstOrDefaultAsync(r => r.SampleId == sampleId, ct);

        var model = new CoverLetterModel(
            clinic.DisplayName,
            sample.Accession,
            sample.PatientName,
            sample.Species,
            report?.Summary ?? "Report pending",
            report?.Pathologist ?? string.Empty,
            report?.SignedAt ?? DateTimeOffset.UtcNow);
        return (clinic, model);
    }
}
