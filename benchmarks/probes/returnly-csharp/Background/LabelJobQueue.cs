using System.Threading.Channels;

namespace Returnly.Background;

public sealed class LabelJobQueue
{
    private readonly Channel<LabelPrintJob> _channel =
        Channel.CreateBounded<LabelPrintJob>(new BoundedChannelOptions(500) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public int Pending => _channel.Reader.Count;

    public ValueTask EnqueueAsync(LabelPrintJob job, CancellationToken ct = default) => _channel.Writer.WriteAsync(job, ct);

    public IAsyncEnumerable<LabelPrintJob> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);
}
