using Cantabile.Clients;
using Cantabile.Data;
using Cantabile.Services;
using Coravel.Invocable;

namespace Cantabile.Jobs;

/// <summary>Daily reminder for sheet music not returned by its due date.</summary>
public sealed class OverdueLoanReminderJob : IInvocable
{
    private readonly ILibraryRepository _library;
    private readonly TemplateComposer _composer;
    private readonly IMailSender _mail;
    private readonly ChoirWebhookClient _webhooks;
    private readonly ILogger<OverdueLoanReminderJob> _logger;

    public OverdueLoanReminderJob(ILibraryRepository library, TemplateComposer composer, IMailSender mail, ChoirWebhookClient webhooks, ILogger<OverdueLoanReminderJob> logger)
    {
        _library = library;
        _composer = composer;
        _mail = mail;
        _webhooks = webhooks;
        _logger = logger;
    }

    public async Task Invoke()
    {
        var overdue = await _library.OverdueLoansAsync(DateTime.UtcNow);
        foreach (var loan in overdue)
        {
            var body = _composer.Render("overdue-reminder", new
            {
                memberName = loan.MemberName,
                titleName = loan.TitleName,
                dueAt = loan.DueAt.ToString("d MMMM yyyy"),
                daysLate = (int)(DateTime.UtcNow - loan.DueAt).TotalDays,
            });

            await _mail.SendAsync(loan.MemberEmail, "Sheet music overdue", body, isHtml: true);
            await _webhooks.NotifyAsync(loan.CallbackUrl, "library.loan_overdue", new { loan.LoanId, loan.TitleName, loan.DueAt });
        }

        _logger.LogInformation("Sent {Count} overdue reminders", overdue.Count);
    }
}
