using Cantabile.Domain;
using Cantabile.Services;
using Coravel.Invocable;

namespace Cantabile.Jobs;

/// <summary>Queued by <see cref="Messaging.RecordingSubmittedHandler"/> for every stored audition recording.</summary>
public sealed class TranscodeRecordingJob : IInvocable, IInvocableWithPayload<TranscodeRequest>, ICancellableInvocable
{
    private readonly AudioTranscoder _transcoder;
    private readonly ILogger<TranscodeRecordingJob> _logger;

    public TranscodeRecordingJob(AudioTranscoder transcoder, ILogger<TranscodeRecordingJob> logger)
    {
        _transcoder = transcoder;
        _logger = logger;
    }

    public TranscodeRequest Payload { get; set; } = default!;

    public CancellationToken CancellationToken { get; set; }

    public async Task Invoke()
    {
        var mp3 = await _transcoder.ToMp3Async(Payload.InputPath, Payload.Title, CancellationToken);
        var waveform = await _transcoder.RenderWaveformAsync(Payload.InputPath, 1200, CancellationToken);
        _logger.LogInformation("Registration {RegistrationId}: jury copy {Mp3}, waveform {Png}", Payload.RegistrationId, mp3, waveform);
    }
}
