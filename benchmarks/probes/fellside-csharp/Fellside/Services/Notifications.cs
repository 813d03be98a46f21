using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Mail;
using System.Net;
using Fellside.Domain;
using Fellside.Infrastructure;
using Fellside.Options;
using Microsoft.Extensions.Options;

namespace Fellside.Services;

public class MailSender
{
    private readonly IConfiguration _configuration;
    private readonly ILogger<MailSender> _logger;

    public MailSender(IConfiguration configuration, ILogger<MailSender> logger)
    {
        _configuration = configuration;
        _logger = logger;
    }

    public async Task SendHtmlAsync(string to, string subject, string html, CancellationToken ct)
    {
        var section = _configuration.GetSection("Smtp");
        using var client = new SmtpClient(section["Host"] ?? "localhost", int.TryParse(section["Port"], out var port) ? port : 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential(section["User"], section["Password"])
        };

        using var message = new MailMessage(section["From"] ?? "bookings@fellside.org.uk", to, subject, html)
        {
            IsBodyHtml = true
        };

        _logger.LogInformation("Sending '{Subject}' to {To}", subject, to);
        await client.SendMailAsync(message, ct);
    }
}

public class SmsGatewayClient
{
    private readonly HttpClient _http;
    private readonly ILogger<SmsGatewayClient> _logger;

    public SmsGatewayClient(HttpClient http, ILogger<SmsGatewayClient> logger)
    {
        _http = http;
        _logger = logger;
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "tm_live_7f3c9a1e54b24d0f8e6a2b71c9d05e43"); // VULN secret
    }

    public async Task<bool> PageAsync(IEnumerable<string> numbers, string message, CancellationToken ct)
    {
        var body = new
        {
            to = numbers.ToArray(),
            from = "FELLSIDE",
            text = message.Length > 459 ? message[..459] : message,
            priority = "high"
        };

        using var response = await _http.PostAsJsonAsync("messages", body, ct);
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogError("SMS gateway rejected page: {Status}", response.StatusCode);
            return false;
        }

        return true;
    }
}

public class WebhookNotifier
{
    private readonly HttpClient _http;
    private readonly FellsideOptions _options;
    private readonly ILogger<WebhookNotifier> _logger;

    public WebhookNotifier(HttpClient http, IOptions<FellsideOptions> options, ILogger<WebhookNotifier> logger)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
    }

    public async Task NotifyDispatchedAsync(Callout callout, CancellationToken ct)
    {
        if (!UrlGuard.IsWebhookTarget(callout.CallbackUrl, _options.WebhookPrefix))
        {
            _logger.LogInformation("Callout {Ref} has no partner webhook registered", callout.IncidentRef);
            return;
        }

        var payload = new
        {
            incident = callout.IncidentRef,
            team = callout.TeamCode,
            severity = callout.Severity,
            grid = callout.GridReference,
            status = callout.Status
        };

        using var response = await _http.PostAsJsonAsync(callout.CallbackUrl, payload, ct); // VULN ssrf
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogWarning("Webhook for {Ref} returned {Status}", callout.IncidentRef, response.StatusCode);
        }
    }
}
