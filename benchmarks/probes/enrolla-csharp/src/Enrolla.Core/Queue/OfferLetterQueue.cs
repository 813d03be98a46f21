using System.Threading.Channels;

namespace Enrolla.Core.Queue;

public sealed record OfferLetterJob(Guid OfferId, Guid ApplicantId, string LetterTitle, string Language, string RequestedBy);

public interface IOfferLetterQueue
{
    ValueTask EnqueueAsync(OfferLetterJob job, CancellationToken ct);
    IAsyncEnumerable<OfferLetterJob> ReadAllAsync(CancellationToken ct);
}

public sealed class OfferLetterQueue : IOfferLetterQueue
{
    private readonly Channel<OfferLetterJob> _channel =
        Channel.CreateBounded<OfferLetterJob>(new BoundedChannelOptions(500) { FullMode = BoundedChannelFullMode.Wait });

    public ValueTask EnqueueAsync(OfferLetterJob job, CancellationToken ct) => _channel.Writer.WriteAsync(job, ct);

    public IAsyncEnumerable<OfferLetterJob> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);
}
