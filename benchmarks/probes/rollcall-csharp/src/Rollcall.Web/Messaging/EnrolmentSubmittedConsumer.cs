using MassTransit;
using Newtonsoft.Json;
using Rollcall.Web.Services;

namespace Rollcall.Web.Messaging;

public sealed class EnrolmentSubmittedConsumer : IConsumer<EnrolmentSubmitted>
{
    private readonly EnrolmentService _enrolments;
    private readonly ILogger<EnrolmentSubmittedConsumer> _logger;

    public EnrolmentSubmittedConsumer(EnrolmentService enrolments, ILogger<EnrolmentSubmittedConsumer> logger)
    {
        _enrolments = enrolments;
        _logger = logger;
    }

    public async Task Consume(ConsumeContext<EnrolmentSubmitted> context)
    {
        var message = context.Message;
        try
        {
            var form = _enrolments.ParseForm(message.FormJson);
            await _enrolments.CreatePendingAsync(message.SubmissionId, message.SchoolId, message.GuardianEmail, form, message.FormJson, context.CancellationToken);
        }
        catch (JsonException ex)
        {
            // Bad forms are not retried; the guardian is asked to resubmit.
            _logger.LogWarning(ex, "Rejected malformed enrolment form {SubmissionId}", message.SubmissionId);
        }
    }
}
