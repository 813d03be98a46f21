using System.Net;
using System.Net.Mail;

namespace Innkeep.Services;

public class EmailSender(IConfiguration configuration)
{
    public async Task SendAsync(string to, string subject, string body)
    {
        using var client = new SmtpClient(configuration["Smtp:Host"] ?? "localhost", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential(configuration["Smtp:User"], configuration["SMTP_PASSWORD"]),
        };
        await client.SendMailAsync(new MailMessage(configuration["Smtp:From"] ?? "frontdesk@innkeep.example", to, subject, body));
    }
}
