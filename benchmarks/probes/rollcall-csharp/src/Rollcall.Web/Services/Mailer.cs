using System.Net.Mail;

namespace Rollcall.Web.Services;

public sealed class Mailer
{
    private readonly IConfiguration _configuration;
    private readonly ILogger<Mailer> _logger;

    public Mailer(IConfiguration configuration, ILogger<Mailer> logger)
    {
        _configuration = configuration;
        _logger = logger;
    }

    public async Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct)
    {
        using var client = new SmtpClient(_configuration["Mail:Relay"] ?? "mail-relay.internal", 25);
        using var message = new MailMessage(_configuration["Mail:From"] ?? "no-reply@rollcall-district.org", to, subject, htmlBody)
        {
            IsBodyHtml = true,
        };

        await client.SendMailAsync(message, ct);
        _logger.LogInformation("Mail '{Subject}' queued for delivery", subject);
    }

    public Task SendPasswordResetAsync(string to, string token, CancellationToken ct)
    {
        var link = $"{_configuration["PublicBaseUrl"] ?? "https://staff.rollcall-district.org"}/reset?token={Uri.EscapeDataString(token)}";
        return SendAsync(to, "Reset your Rollcall password", $"<p>Use <a href=\"{link}\">this link</a> within 20 minutes to choose a new password.</p>", ct);
    }
}
