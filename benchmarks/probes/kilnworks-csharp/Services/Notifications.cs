using System.Net.Mail;
using System.Net;
using Kilnworks.Domain;
using Kilnworks.Services.Security;
using RestSharp;

namespace Kilnworks.Services;

public sealed record WebhookEnvelope(string Event, DateTime OccurredAt, object Data);

public sealed class WebhookClient : IDisposable
{
    private readonly RestClient _client;
    private readonly TokenIssuer _tokens;
    private readonly ILogger<WebhookClient> _logger;

    public WebhookClient(TokenIssuer tokens, ILogger<WebhookClient> logger)
    {
        _tokens = tokens;
        _logger = logger;
        _client = new RestClient(new RestClientOptions
        {
            Timeout = TimeSpan.FromSeconds(8),
            FollowRedirects = false,
            UserAgent = "Kilnworks-Webhooks/1.0"
        });
    }

    public static bool IsAcceptableEndpoint(string? url)
    {
        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
    }

    public async Task<bool> DeliverAsync(Member member, WebhookEnvelope envelope, CancellationToken ct)
    {
        if (!IsAcceptableEndpoint(member.WebhookUrl))
        {
            return false;
        }

        var body = System.Text.Json.JsonSerializer.Serialize(envelope);
        var request = new RestRequest(member.WebhookUrl!, Method.Post);
        request.AddStringBody(body, DataFormat.Json);
        request.AddHeader("X-Kilnworks-Signature", _tokens.SignPartnerPayload(body));
        var response = await _client.ExecuteAsync(request, ct); // VULN ssrf
        if (!response.IsSuccessful)
        {
            _logger.LogInformation("Webhook to member {Member} failed with {Status}", member.Id, response.StatusCode);
        }
        return response.IsSuccessful;
    }

    public void Dispose() => _client.Dispose();
}

public interface IEmailSender
{
    Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct);
}

public sealed class SmtpEmailSender : IEmailSender
{
    private readonly IConfiguration _configuration;
    private readonly ILogger<SmtpEmailSender> _logger;

    public SmtpEmailSender(IConfiguration configuration, ILogger<SmtpEmailSender> logger)
    {
        _configuration = configuration;
        _logger = logger;
    }

    public async Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct)
    {
        var host = _configuration["Smtp:Host"] ?? "smtp.kilnworks.internal";
        var port = int.TryParse(_configuration["Smtp:Port"], out var p) ? p : 587;
        using var client = new SmtpClient(host, port)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential(
                _configuration["Smtp:Username"],
                Environment.GetEnvironmentVariable("KILNWORKS_SMTP_PASSWORD"))
        };
        using var message = new MailMessage("studio@kilnworks.studio", to, subject, htmlBody) { IsBodyHtml = true };
        await client.SendMailAsync(message, ct);
        _logger.LogInformation("Sent '{Subject}' to {To}", subject, to);
    }
}
