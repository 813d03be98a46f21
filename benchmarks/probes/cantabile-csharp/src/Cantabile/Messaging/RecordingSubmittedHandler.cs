using Cantabile.Clients;
using Cantabile.Data;
using Cantabile.Domain;
using Cantabile.Jobs;
using Cantabile.Services;
using Coravel.Queuing.Interfaces;
using Rebus.Handlers;

namespace Cantabile.Messaging;

/// <summary>
/// Pulls an audition recording from the media service into local storage and queues transcoding for the jury.
/// </summary>
public sealed class RecordingSubmittedHandler : IHandleMessages<RecordingSubmitted>
{
    private readonly MediaFetcher _media;
    private readonly RecordingStore _recordings;
    private readonly IRegistrationRepository _registrations;
    private readonly IQueue _queue;
    private readonly ILogger<RecordingSubmittedHandler> _logger;

    public RecordingSubmittedHandler(MediaFetcher media, RecordingStore recordings, IRegistrationRepository registrations, IQueue queue, ILogger<RecordingSubmittedHandler> logger)
    {
        _media = media;
        _recordings = recordings;
        _registrations = registrations;
        _queue = queue;
        _logger = logger;
    }

    public async Task Handle(RecordingSubmitted message)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));

        var bytes = await _media.DownloadRecordingAsync(message.SourceUrl, timeout.Token);
        var storedPath = await _recordings.SaveAsync(message.RegistrationId, message.OriginalName, bytes);
        await _registrations.SetRecordingFileAsync(message.RegistrationId, Path.GetFileName(storedPath));

        var title = Path.GetFileNameWithoutExtension(message.OriginalName);
        _queue.QueueInvocableWithPayload<TranscodeRecordingJob, TranscodeRequest>(new TranscodeRequest(message.RegistrationId, storedPath, title));

        _logger.LogInformation("Recording for registration {RegistrationId} stored as {Path}", message.RegistrationId, storedPath);
    }
}
