using System.Xml;
using MassTransit;
using Rollcall.Web.Services;

namespace Rollcall.Web.Messaging;

public sealed class TranscriptReceivedConsumer : IConsumer<TranscriptReceived>
{
    private readonly TranscriptParser _parser;
    private readonly EnrolmentService _enrolments;
    private readonly ILogger<TranscriptReceivedConsumer> _logger;

    public TranscriptReceivedConsumer(TranscriptParser parser, EnrolmentService enrolments, ILogger<TranscriptReceivedConsumer> logger)
    {
        _parser = parser;
        _enrolments = enrolments;
        _logger = logger;
    }

    public async Task Consume(ConsumeContext<TranscriptReceived> context)
    {
        var message = context.Message;
        try
        {
            var transcript = _parser.Parse(message.TranscriptXml, message.SourceDistrict);
            await _enrolments.AttachTranscriptAsync(message.SubmissionId, transcript, context.CancellationToken);
            _logger.LogInformation("Transcript with {Count} courses attached to enrolment {Id}", transcript.Courses.Count, message.SubmissionId);
        }
        catch (XmlException ex)
        {
            _logger.LogWarning(ex, "Unreadable transcript for enrolment {Id}", message.SubmissionId);
        }
    }
}
