using Dapper;
using Meterline.Data;

namespace Meterline.Services;

public interface INotificationSender
{
    Task SendEmailAsync(string to, string subject, string body);
    Task SendSmsAsync(string to, string body);
}

public sealed class OutboxNotificationSender(IDbConnectionFactory db) : INotificationSender
{
    public Task SendEmailAsync(string to, string subject, string body) => EnqueueAsync("email", to, subject, body);

    public Task SendSmsAsync(string to, string body) => EnqueueAsync("sms", to, null, body);

    private async Task EnqueueAsync(string channel, string to, string? subject, string body)
    {
        using var conn = db.Create();
        await conn.ExecuteAsync(
            "INSERT INTO notification_outbox (channel, recipient, subject, body, queued_at) VALUES (@channel, @to, @subject, @body, SYSUTCDATETIME())",
            new { channel, to, subject, body });
    }
}
