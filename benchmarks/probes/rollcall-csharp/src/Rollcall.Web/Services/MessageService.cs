using Ganss.Xss;
using Microsoft.EntityFrameworkCore;
using Rollcall.Web.Data;
using Rollcall.Web.Models;

namespace Rollcall.Web.Services;

public sealed class MessageService
{
    private const int MaxBodyLength = 8000;

    private readonly RollcallDbContext _db;
    private readonly HtmlSanitizer _sanitizer;

    public MessageService(RollcallDbContext db, HtmlSanitizer sanitizer)
    {
        _db = db;
        _sanitizer = sanitizer;
    }

    public Task<MessageThread?> GetThreadAsync(int threadId, CancellationToken ct) =>
        _db.MessageThreads.AsNoTracking().FirstOrDefaultAsync(t => t.Id == threadId, ct);

    public Task<List<GuardianMessage>> GetMessagesAsync(int threadId, CancellationToken ct) =>
        _db.GuardianMessages.AsNoTracking()
            .Where(m => m.ThreadId == threadId)
            .OrderBy(m => m.SentAt)
            .ToListAsync(ct);

    public async Task<GuardianMessage> PostAsync(int threadId, string authorName, string authorRole, string body, string? attachmentLink, CancellationToken ct)
    {
        if (body.Length > MaxBodyLength)
        {
            body = body[..MaxBodyLength];
        }

        var message = new GuardianMessage
        {
            ThreadId = threadId,
            AuthorName = authorName,
            AuthorRole = authorRole,
            // The compose box is a rich-text editor; keep basic formatting only.
            BodyHtml = _sanitizer.Sanitize(body),
            AttachmentLink = string.IsNullOrWhiteSpace(attachmentLink) ? null : attachmentLink.Trim(),
            SentAt = DateTime.UtcNow,
        };

        _db.GuardianMessages.Add(message);
        await _db.SaveChangesAsync(ct);
        return message;
    }
}
