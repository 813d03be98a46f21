using System.Globalization;
using Rampwise.Web.Domain;
using Rampwise.Web.Models;
using Rampwise.Web.Repositories;

namespace Rampwise.Web.Services;

public interface ISlaReportService
{
    Task<SlaReport> GenerateAsync(string airlineCode, int year, int month, string paperSize, CancellationToken ct);
    Task<SlaReportViewModel?> GetViewModelAsync(int reportId, CancellationToken ct);
    Task<IReadOnlyList<SlaBreachRow>> BreachListAsync(string airlineCode, int year, int month, int? targetMinutes, CancellationToken ct);
}

public class SlaReportService : ISlaReportService
{
    private readonly ISlaRepository _repository;
    private readonly IAirlineRepository _airlines;
    private readonly SlaFormulaEvaluator _formulas;
    private readonly ReportTemplateRenderer _templates;
    private readonly PdfRenderer _pdf;
    private readonly ReportStorage _storage;
    private readonly IEmailSender _email;
    private readonly ILogger<SlaReportService> _logger;

    public SlaReportService(
        ISlaRepository repository,
        IAirlineRepository airlines,
        SlaFormulaEvaluator formulas,
        ReportTemplateRenderer templates,
        PdfRenderer pdf,
        ReportStorage storage,
        IEmailSender email,
        ILogger<SlaReportService> logger)
    {
        _repository = repository;
        _airlines = airlines;
        _formulas = formulas;
        _templates = templates;
        _pdf = pdf;
        _storage = storage;
        _email = email;
        _logger = logger;
    }

    public async Task<SlaReport> GenerateAsync(string airlineCode, int year, int month, string paperSize, CancellationToken ct)
    {
        var airline = await _airlines.FindAsync(airlineCode, ct)
                      ?? throw new KeyNotFoundException($"Unknown airline {airlineCode}");

        var total = await _repository.CountTurnaroundsAsync(airline.IataCode, year, month, ct);
        var breaches = await _repository.GetBreachesAsync(airline.IataCode, year, month, airline.TargetTurnaroundMinutes, ct);

        var report = new SlaReport
        {
            AirlineCode = airline.IataCode,
            Year = year,
            Month = month,
            TurnaroundCount = total,
            BreachCount = breaches.Count,
            OnTimeCount = Math.Max(0, total - breaches.Count),
            GeneratedUtc = DateTime.UtcNow
        };

        var globals = new PenaltyGlobals
        {
            Turnarounds = total,
            Breaches = breaches.Count,
            TotalDelayMinutes = breaches.Sum(b => b.DelayMinutes),
            OnTimePercent = report.OnTimePercent,
            TargetPercent = airline.OnTimeTargetPercent
        };

        report.PenaltyAmount = string.IsNullOrWhiteSpace(airline.PenaltyFormula)
            ? await _formulas.EvaluateStandardAsync(airline.StandardPenaltyScheme ?? "none", globals, ct)
            : await _formulas.EvaluateCustomAsync(airline.PenaltyFormula, globals, ct);

        var viewModel = new SlaReportViewModel { Report = report, Airline = airline, Breaches = breaches };
        var html = await _templates.RenderReportHtmlAsync(viewModel);
        var htmlPath = _storage.NewWorkingFile(airline.IataCode, year, month, "html");
        await File.WriteAllTextAsync(htmlPath, html, ct);

        var pdfPath = Path.ChangeExtension(htmlPath, ".pdf");
        var title = $"{airline.Name} ground handling SLA {year:D4}-{month:D2}";
        await _pdf.RenderReportAsync(htmlPath, pdfPath, paperSize, title, ct);
        report.PdfFileName = Path.GetFileName(pdfPath);

        var saved = await _repository.SaveAsync(report, ct);

        if (!string.IsNullOrEmpty(airline.ContactEmail))
        {
            var body = await _templates.RenderEmailBodyAsync(airline, new SlaEmailModel
            {
                AirlineName = airline.Name,
                Period = new DateTime(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
                OnTimePercent = report.OnTimePercent,
                BreachCount = report.BreachCount,
                PenaltyAmount = report.PenaltyAmount
            });
            await _email.SendAsync(airline.ContactEmail, $"SLA report {year:D4}-{month:D2}", body, pdfPath, ct);
        }

        _logger.LogInformation("Generated SLA report {ReportId} for {Airline} {Year}-{Month}", saved.Id, airlineCode, year, month);
        return saved;
    }

    /// <summary>Live breach list for the duty manager; the target can be overridden for what-if analysis.</summary>
    public Task<IReadOnlyList<SlaBreachRow>> BreachListAsync(string airlineCode, int year, int month, int? targetMinutes, CancellationToken ct)
    {
        var target = targetMinutes is > 0 and < 600 ? targetMinutes.Value : 45;
        return _repository.GetBreachesAsync(airlineCode.Trim().ToUpperInvariant(), year, month, target, ct);
    }

    public async Task<SlaReportViewModel?> GetViewModelAsync(int reportId, CancellationToken ct)
    {
        var report = await _repository.GetAsync(reportId, ct);
        if (report is null)
        {
            return null;
        }

        var airline = await _airlines.FindAsync(report.AirlineCode, ct) ?? new AirlineProfile { IataCode = report.AirlineCode };
        var breaches = await _repository.GetBreachesAsync(report.AirlineCode, report.Year, report.Month, airline.TargetTurnaroundMinutes, ct);
        return new SlaReportViewModel
        {
            Report = report,
            Airline = airline,
            Breaches = breaches,
            SafeWebsiteUrl = Uri.TryCreate(airline.WebsiteUrl, UriKind.Absolute, out var site) && (site.Scheme == Uri.UriSchemeHttps || site.Scheme == Uri.UriSchemeHttp) ? site.AbsoluteUri : null
        };
    }
}

public interface IEmailSender
{
    Task SendAsync(string to, string subject, string htmlBody, string? attachmentPath, CancellationToken ct);
}

public class SmtpEmailSender : IEmailSender
{
    private readonly ILogger<SmtpEmailSender> _logger;

    public SmtpEmailSender(ILogger<SmtpEmailSender> logger)
    {
        _logger = logger;
    }

    public Task SendAsync(string to, string subject, string htmlBody, string? attachmentPath, CancellationToken ct)
    {
        _logger.LogInformation("Queued e-mail '{Subject}' to {To}", subject, to);
        return Task.CompletedTask;
    }
}
