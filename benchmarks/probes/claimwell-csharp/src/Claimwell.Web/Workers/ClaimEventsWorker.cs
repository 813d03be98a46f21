using Azure.Messaging.ServiceBus;
using Claimwell.Web.Data;
using Claimwell.Web.Messaging;
using Claimwell.Web.Models;
using Claimwell.Web.Options;
using Claimwell.Web.Services;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Claimwell.Web.Workers;

/// <summary>Consumes the claim-events queue filled by the API: evidence retrieval, metadata scans, e-mails, partner intake.</summary>
public sealed class ClaimEventsWorker : BackgroundService
{
    private readonly ServiceBusClient _client;
    private readonly IServiceScopeFactory _scopes;
    private readonly MessagingOptions _options;
    private readonly ILogger<ClaimEventsWorker> _logger;
    private ServiceBusProcessor? _processor;

    public ClaimEventsWorker(ServiceBusClient client, IServiceScopeFactory scopes, IOptions<MessagingOptions> options, ILogger<ClaimEventsWorker> logger)
    {
        _client = client;
        _scopes = scopes;
        _options = options.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _processor = _client.CreateProcessor(_options.ClaimEventsQueue, new ServiceBusProcessorOptions
        {
            AutoCompleteMessages = false,
            MaxConcurrentCalls = _options.MaxConcurrentCalls,
            PrefetchCount = 20
        });
        _processor.ProcessMessageAsync += OnMessageAsync;
        _processor.ProcessErrorAsync += OnErrorAsync;

        await _processor.StartProcessingAsync(stoppingToken);
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }

        await _processor.StopProcessingAsync(CancellationToken.None);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_processor is not null)
        {
            await _processor.DisposeAsync();
        }

        await base.StopAsync(cancellationToken);
    }

    private async Task OnMessageAsync(ProcessMessageEventArgs args)
    {
        var message = args.Message;
        var body = message.Body.ToString();
        var ct = args.CancellationToken;

        await using var scope = _scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;

        try
        {
            switch (message.Subject)
            {
                case MessageSubjects.ClaimSubmitted:
                    await HandleClaimSubmittedAsync(services, MessageSerializer.Deserialize<ClaimSubmittedMessage>(body), ct);
                    break;
                case MessageSubjects.DocumentUploaded:
                    await HandleDocumentUploadedAsync(services, MessageSerializer.Deserialize<DocumentUploadedMessage>(body), ct);
                    break;
                case MessageSubjects.AcknowledgementRequested:
                    await HandleAcknowledgementAsync(services, MessageSerializer.Deserialize<AcknowledgementRequestedMessage>(body), ct);
                    break;
                case MessageSubjects.PartnerClaimReceived:
                    await HandlePartnerClaimAsync(services, body, ct);
                    break;
                default:
                    await args.DeadLetterMessageAsync(message, "UnknownSubject", $"No handler for subject '{message.Subject}'.", ct);
                    return;
            }

            await args.CompleteMessageAsync(message, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Failed to process {Subject} message {MessageId} (attempt {Attempt})", message.Subject, message.MessageId, message.DeliveryCount);
            if (message.DeliveryCount >= _options.MaxDeliveryAttempts)
            {
                await args.DeadLetterMessageAsync(message, "ProcessingFailed", ex.Message, ct);
            }
            else
            {
                await args.AbandonMessageAsync(message, cancellationToken: ct);
            }
        }
    }

    private Task OnErrorAsync(ProcessErrorEventArgs args)
    {
        _logger.LogError(args.Exception, "Service Bus error on {Entity} ({Source})", args.EntityPath, args.ErrorSource);
        return Task.CompletedTask;
    }

    private async Task HandleClaimSubmittedAsync(IServiceProvider services, ClaimSubmittedMessage message, CancellationToken ct)
    {
        var fetcher = services.GetRequiredService<EvidenceFetcher>();
        var storage = services.GetRequiredService<DocumentStorage>();
        var claims = services.GetRequiredService<ClaimRepository>();

        var stored = 0;
        foreach (var url in message.EvidenceUrls)
        {
            var evidence = await fetcher.FetchAsync(url, ct);
            if (evidence is null)
            {
                continue;
            }

            await using (evidence.Content)
            {
                var file = await storage.SaveGeneratedAsync(message.ClaimId, evidence.Extension, evidence.Content, ct);
                await claims.AddDocumentAsync(new ClaimDocument
                {
                    Id = Guid.NewGuid(),
                    ClaimId = message.ClaimId,
                    Kind = DocumentKind.Photo,
                    FileName = Path.GetFileName(file.RelativePath),
                    StoredPath = file.RelativePath,
                    ContentType = evidence.ContentType,
                    Length = file.Length,
                    Sha256 = file.Sha256,
                    UploadedAt = DateTimeOffset.UtcNow
                }, ct);
                stored++;
            }
        }

        var templates = services.GetRequiredService<NotificationTemplateService>();
        var email = services.GetRequiredService<IEmailSender>();
        var html = await templates.RenderClaimReceivedAsync(message, stored);
        await email.SendAsync(message.ClaimantEmail, $"Claim {message.Reference} received", html, ct);
    }

    private async Task HandleDocumentUploadedAsync(IServiceProvider services, DocumentUploadedMessage message, CancellationToken ct)
    {
        var scanner = services.GetRequiredService<MetadataScanner>();
        var claims = services.GetRequiredService<ClaimRepository>();

        var metadata = await scanner.ScanAsync(message.StoredPath, ct);
        if (metadata is not null)
        {
            await claims.SetDocumentMetadataAsync(message.DocumentId, metadata, ct);
        }
    }

    private async Task HandleAcknowledgementAsync(IServiceProvider services, AcknowledgementRequestedMessage message, CancellationToken ct)
    {
        var templates = services.GetRequiredService<NotificationTemplateService>();
        var email = services.GetRequiredService<IEmailSender>();

        var html = await templates.RenderAcknowledgementAsync(message);
        await email.SendAsync(message.ClaimantEmail, $"Your claim {message.Reference}", html, ct);
    }

    private async Task HandlePartnerClaimAsync(IServiceProvider services, string body, CancellationToken ct)
    {
        var envelope = MessageSerializer.DeserializePartner(body);
        var request = envelope.Payload switch
        {
            JObject json => json.ToObject<ClaimIntakeRequest>(),
            ClaimIntakeRequest typed => typed,
            _ => null
        };

        if (request is null)
        {
            _logger.LogWarning("Partner {Partner} sent envelope {ExternalId} without a claim payload", envelope.PartnerCode, envelope.ExternalId);
            return;
        }

        var intake = services.GetRequiredService<ClaimIntakeService>();
        var claim = await intake.SubmitAsync(request, $"partner:{envelope.PartnerCode}", ct);
        _logger.LogInformation("Partner {Partner} claim {ExternalId} registered as {Reference}", envelope.PartnerCode, envelope.ExternalId, claim.Reference);
    }
}
