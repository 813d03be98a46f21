using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Petrilab.Clients;
using Petrilab.Data;
using Petrilab.Infrastructure;
using Petrilab.Messaging;
using Petrilab.Models;
using Petrilab.Services;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Petrilab.Workers;

/// <summary>Consumes lab events: release audit + clinic webhooks, and analyser payloads.</summary>
public sealed class LabEventsWorker(IServiceScopeFactory scopes, IOptions<RabbitOptions> options, ILogger<LabEventsWorker> logger) : BackgroundService
{
    private const string Queue = "petrilab.lab-events";

    private IConnection? _connection;
    private IModel? _channel;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var factory = new ConnectionFactory
        {
            HostName = o.HostName,
            VirtualHost = o.VirtualHost,
            UserName = o.UserName,
            Password = o.Password,
            DispatchConsumersAsync = true,
        };

        _connection = factory.CreateConnection("petrilab-worker");
        var channel = _channel = _connection.CreateModel();
        channel.ExchangeDeclare(RabbitPublisher.Exchange, ExchangeType.Topic, durable: true);
        channel.QueueDeclare(Queue, durable: true, exclusive: false, autoDelete: false);
        channel.QueueBind(Queue, RabbitPublisher.Exchange, "results.released");
        channel.QueueBind(Queue, RabbitPublisher.Exchange, "instruments.results");
        channel.BasicQos(0, 8, false);

        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.Received += async (_, delivery) =>
        {
            try
            {
                await DispatchAsync(delivery.RoutingKey, delivery.Body, stoppingToken);
                channel.BasicAck(delivery.DeliveryTag, multiple: false);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Failed to process message on {RoutingKey}", delivery.RoutingKey);
                channel.BasicNack(delivery.DeliveryTag, multiple: false, requeue: false);
            }
        };

        channel.BasicConsume(Queue, autoAck: false, consumer);
        return Task.CompletedTask;
    }

    private async Task DispatchAsync(string routingKey, ReadOnlyMemory<byte> body, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;

        switch (MessageSerializer.Deserialize(body))
        {
            case ResultReleasedMessage released:
            {
                await services.GetRequiredService<CaseRepository>().RecordReleaseAsync(released);
                var db = services.GetRequiredService<LabDbContext>();
                var clinic = await db.Clinics.AsNoTracking().FirstOrDefaultAsync(c => c.Id == released.ClinicId, ct);
                await services.GetRequiredService<WebhookNotifier>().NotifyResultReleasedAsync(clinic?.WebhookUrl, released, ct);
                break;
            }

            case InstrumentPayloadMessage payload:
            {
                var hl7 = services.GetRequiredService<Hl7XmlService>();
                var summary = hl7.ParseInstrumentPayload(payload.InstrumentId, payload.Xml);
                await hl7.StoreAsync(summary, payload.Xml, ct);
                break;
            }

            default:
                logger.LogWarning("Ignoring unexpected message on {RoutingKey}", routingKey);
                break;
        }
    }

    public override void Dispose()
    {
        _channel?.Dispose();
        _connection?.Dispose();
        base.Dispose();
    }
}
