using System.Net;
using System.Net.Mail;
using Claimwell.Web.Options;
using Microsoft.Extensions.Options;

namespace Claimwell.Web.Services;

public interface IEmailSender
{
    Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct);
}

public sealed class SmtpEmailSender : IEmailSender
{
    private readonly EmailOptions _options;
    private readonly ILogger<SmtpEmailSender> _logger;

    public SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public async Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct)
    {
        using var message = new MailMessage(_options.From, to, subject, htmlBody) { IsBodyHtml = true };
        using var client = new SmtpClient(_options.Host, _options.Port) { EnableSsl = true };
        if (!string.IsNullOrEmpty(_options.UserName))
        {
            client.Credentials = new NetworkCredential(_options.UserName, _options.Password);
        }

        await client.SendMailAsync(message, ct);
        _logger.LogInformation("Sent '{Subject}' to {Recipient}", subject, to);
    }
}
