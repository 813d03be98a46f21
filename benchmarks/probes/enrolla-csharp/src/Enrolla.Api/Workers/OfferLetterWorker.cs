using System.Diagnostics;
using Enrolla.Core.Abstractions;
using Enrolla.Core.Configuration;
using Enrolla.Core.Models;
using Enrolla.Core.Queue;
using Enrolla.Core.Services;
using Enrolla.Data.Repositories;
using Microsoft.Extensions.Options;

namespace Enrolla.Api.Workers;

public sealed class OfferLetterWorker(IOfferLetterQueue queue, IServiceScopeFactory scopes, LetterTemplateService templates,
    IOptions<EnrollaOptions> options, ILogger<OfferLetterWorker> logger) : BackgroundService
{
    private const int MaxAttempts = 3;
    private readonly EnrollaOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.ReadAllAsync(stoppingToken))
        {
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                try
                {
                    await ProduceLetterAsync(job, stoppingToken);
                    logger.LogInformation("Offer letter for {Offer} produced (requested by {User})", job.OfferId, job.RequestedBy);
                    break;
                }
                catch (Exception ex) when (attempt < MaxAttempts && ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Attempt {Attempt} failed for offer {Offer}", attempt, job.OfferId);
                    await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt + Random.Shared.Next(0, 250)), stoppingToken); // SAFE random
                }
            }
        }
    }

    private async Task ProduceLetterAsync(OfferLetterJob job, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var offers = scope.ServiceProvider.GetRequiredService<IOfferRepository>();
        var applicants = scope.ServiceProvider.GetRequiredService<ApplicantRepository>();
        var offer = await offers.GetAsync(job.OfferId, ct) ?? throw new InvalidOperationException("Offer no longer exists");
        var applicant = await applicants.GetAsync(job.ApplicantId, ct) ?? throw new InvalidOperationException("Applicant missing");

        var model = new LetterModel($"{applicant.FirstName} {applicant.LastName}", $"School {offer.SchoolId}",
            _options.AcademicYear, DateTime.UtcNow.Date.AddDays(14));
        var kind = offer.Status == OfferStatus.Waitlisted ? "waitlist" : "offer";
        var html = await templates.RenderStandardAsync(kind, model, ct);

        Directory.CreateDirectory(_options.LetterRoot);
        var htmlPath = Path.Combine(_options.LetterRoot, $"{job.OfferId:N}.html");
        var pdfPath = Path.ChangeExtension(htmlPath, ".pdf");
        await File.WriteAllTextAsync(htmlPath, html, ct);

        var psi = new ProcessStartInfo("/bin/sh", $"-c \"wkhtmltopdf --title '{job.LetterTitle}' --encoding utf-8 {htmlPath} {pdfPath}\"") // VULN cmdi
        {
            RedirectStandardError = true,
        };
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("wkhtmltopdf did not start");
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException(await process.StandardError.ReadToEndAsync(ct));
        File.Delete(htmlPath);
    }
}
