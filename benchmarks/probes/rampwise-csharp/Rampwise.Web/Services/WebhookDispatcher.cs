using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Rampwise.Web.Repositories;

namespace Rampwise.Web.Services;

/// <summary>
/// Pushes finished SLA reports to the airline's registered webhook. Executed by Hangfire.
/// </summary>
public class WebhookDispatcher
{
    private const int MaxAttempts = 4;

    private readonly IHttpClientFactory _httpFactory;
    private readonly IAirlineRepository _airlines;
    private readonly ISlaRepository _reports;
    private readonly ILogger<WebhookDispatcher> _logger;

    public WebhookDispatcher(IHttpClientFactory httpFactory, IAirlineRepository airlines, ISlaRepository reports, ILogger<WebhookDispatcher> logger)
    {
        _httpFactory = httpFactory;
        _airlines = airlines;
        _reports = reports;
        _logger = logger;
    }

    public async Task DispatchSlaReportAsync(string airlineCode, int reportId, CancellationToken ct)
    {
        var airline = await _airlines.FindAsync(airlineCode, ct);
        var report = await _reports.GetAsync(reportId, ct);
        if (airline?.WebhookUrl is null || report is null)
        {
            _logger.LogInformation("No webhook registered for {Airline}; skipping report {ReportId}", airlineCode, reportId);
            return;
        }

        var payload = JsonSerializer.Serialize(new
        {
            type = "sla.report.ready",
            airline = report.AirlineCode,
            period = $"{report.Year:D4}-{report.Month:D2}",
            onTimePercent = report.OnTimePercent,
            breaches = report.BreachCount,
            penalty = report.PenaltyAmount
        });

        var client = _httpFactory.CreateClient("webhooks");
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            using var content = new StringContent(payload, Encoding.UTF8, "application/json");
            if (!string.IsNullOrEmpty(airline.WebhookSecret))
            {
                var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(airline.WebhookSecret), Encoding.UTF8.GetBytes(payload));
                content.Headers.Add("X-Rampwise-Signature", "sha256=" + Convert.ToHexString(signature).ToLowerInvariant());
            }

            try
            {
                using var response = await client.PostAsync(airline.WebhookUrl, content, ct); // VULN ssrf
                if (response.IsSuccessStatusCode)
                {
                    _logger.LogInformation("Delivered report {ReportId} to {Airline}", reportId, airlineCode);
                    return;
                }
                _logger.LogWarning("Webhook for {Airline} answered {Status}", airlineCode, response.StatusCode);
            }
            catch (HttpRequestException ex)
            {
                _logger.LogWarning(ex, "Webhook delivery attempt {Attempt} for {Airline} failed", attempt, airlineCode);
            }

            var backoff = TimeSpan.FromSeconds(Math.Pow(2, attempt)) + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 750)); // SAFE random
            await Task.Delay(backoff, ct);
        }

        throw new InvalidOperationException($"Webhook delivery to {airlineCode} failed after {MaxAttempts} attempts");
    }
}
