using MassTransit;
using Oakharbor.Data;
using Oakharbor.Messaging;
using Oakharbor.Services;

namespace Oakharbor.Consumers;

public sealed class VesselProfileConsumer : IConsumer<VesselProfileSubmitted>
{
    private readonly VesselProfileImporter _importer;
    private readonly IVesselRepository _vessels;
    private readonly ILogger<VesselProfileConsumer> _logger;

    public VesselProfileConsumer(VesselProfileImporter importer, IVesselRepository vessels, ILogger<VesselProfileConsumer> logger)
    {
        _importer = importer;
        _vessels = vessels;
        _logger = logger;
    }

    public async Task Consume(ConsumeContext<VesselProfileSubmitted> context)
    {
        var submission = context.Message;
        var profile = _importer.Import(submission.VesselId, submission.Format, submission.Payload);
        await _vessels.SaveProfileAsync(profile, context.CancellationToken);
        _logger.LogInformation("Stored {Format} profile for vessel {VesselId} from {Submitter}", submission.Format, submission.VesselId, submission.SubmittedBy);
    }
}
