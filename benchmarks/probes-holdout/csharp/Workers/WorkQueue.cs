using System.Threading.Channels;
using Larderline.Infrastructure.Files;

namespace Larderline.Workers;

public abstract record WorkItem
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public DateTimeOffset QueuedAt { get; init; } = DateTimeOffset.UtcNow;
    public string? RequestedBy { get; init; }
}

public sealed record ParcelDispatched(int ParcelId) : WorkItem;

public sealed record RemoteFeedPull(string StoreCode, string FeedUrl) : WorkItem;

public sealed record RouteSolveRequested(int RouteId, string Depot, string Profile, int Vehicles) : WorkItem;

public sealed record RouteArchiveUploaded(int RouteId, string ArchivePath, RouteArchiveKind Kind) : WorkItem;

public sealed record AllocationReportRequested(int PartnerId, DateOnly Month, string EmailTo) : WorkItem;

public sealed record PackingDraftSubmitted(int DraftId) : WorkItem;

public interface IWorkQueue
{
    ValueTask EnqueueAsync(WorkItem item, CancellationToken ct = default);
    IAsyncEnumerable<WorkItem> ReadAllAsync(CancellationToken ct);
    int Pending { get; }
}

public sealed class ChannelWorkQueue : IWorkQueue
{
    private readonly Channel<WorkItem> _channel = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(500)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
        SingleWriter = false,
    });

    public ValueTask EnqueueAsync(WorkItem item, CancellationToken ct = default) => _channel.Writer.WriteAsync(item, ct);

    public IAsyncEnumerable<WorkItem> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);

    public int Pending => _channel.Reader.Count;
}
