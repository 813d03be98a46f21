using System.Text;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using Petrilab.Infrastructure;
using Petrilab.Models;
using RabbitMQ.Client;

namespace Petrilab.Messaging;

public interface IMessagePublisher
{
    void Publish<T>(string routingKey, T message) where T : class;
}

public sealed class RabbitPublisher : IMessagePublisher, IDisposable
{
    public const string Exchange = "petrilab.events";

    private readonly IConnection _connection;
    private readonly IModel _channel;
    private readonly object _gate = new();

    public RabbitPublisher(IOptions<RabbitOptions> options)
    {
        var o = options.Value;
        var factory = new ConnectionFactory
        {
            HostName = o.HostName,
            VirtualHost = o.VirtualHost,
            UserName = o.UserName,
            Password = o.Password,
        };
        _connection = factory.CreateConnection("petrilab-api");
        _channel = _connection.CreateModel();
        _channel.ExchangeDeclare(Exchange, ExchangeType.Topic, durable: true);
    }

    public void Publish<T>(string routingKey, T message) where T : class
    {
        var body = MessageSerializer.Serialize(message);
        lock (_gate)
        {
            var props = _channel.CreateBasicProperties();
            props.Persistent = true;
            props.ContentType = "application/json";
            props.Type = typeof(T).Name;
            _channel.BasicPublish(Exchange, routingKey, props, body);
        }
    }

    public void Dispose()
    {
        _channel.Dispose();
        _connection.Dispose();
    }
}

public static class MessageSerializer
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Objects,
        SerializationBinder = new KnownMessageBinder(),
    };

    public static byte[] Serialize<T>(T message) where T : class =>
        Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(message, typeof(object), Settings));

    public static object? Deserialize(ReadOnlyMemory<byte> body)
    {
        var json = Encoding.UTF8.GetString(body.Span);
        return JsonConvert.DeserializeObject<object>(json, Settings); // SAFE deser
    }

    private sealed class KnownMessageBinder : ISerializationBinder
    {
        private static readonly Dictionary<string, Type> Known = new[]
        {
            typeof(ResultReleasedMessage),
            typeof(InstrumentPayloadMessage),
        }.ToDictionary(t => t.Name, StringComparer.Ordinal);

        public Type BindToType(string? assemblyName, string typeName) =>
            Known.TryGetValue(typeName, out var type) ? type : throw new JsonSerializationException($"Message type '{typeName}' is not accepted");

        public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
        {
            assemblyName = null;
            typeName = serializedType.Name;
        }
    }
}
