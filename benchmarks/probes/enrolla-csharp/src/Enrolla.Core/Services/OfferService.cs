using Enrolla.Core.Abstractions;
using Enrolla.Core.Models;
using Enrolla.Core.Queue;
using Enrolla.Core.Security;

namespace Enrolla.Core.Services;

public sealed class OfferService(IOfferRepository offers, IOfferLetterQueue letters, TokenService tokens)
{
    public async Task<string> ReissueAcceptanceCodeAsync(Guid offerId, CancellationToken ct)
    {
        var code = tokens.NewAcceptanceCode();
        await offers.SetAcceptanceCodeAsync(offerId, code, ct);
        return code;
    }

    public Task<IReadOnlyList<OfferSummary>> SearchAsync(OfferQuery query, CancellationToken ct)
    {
        var status = string.IsNullOrWhiteSpace(query.Status) ? nameof(OfferStatus.Offered) : query.Status.Trim();
        return offers.FindAsync(query.Round.Trim(), status, query.LocalAuthority, ct);
    }

    public Task<bool> AcceptAsync(string code, CancellationToken ct) =>
        offers.AcceptAsync(code.Trim().ToUpperInvariant(), ct);

    public async Task<bool> QueueLetterAsync(IssueLetterRequest request, string requestedBy, CancellationToken ct)
    {
        var offer = await offers.GetAsync(request.OfferId, ct);
        if (offer is null || offer.Status is OfferStatus.Withdrawn)
            return false;
        var job = new OfferLetterJob(offer.Id, offer.ApplicantId, request.LetterTitle, request.Language ?? "en", requestedBy);
        await letters.EnqueueAsync(job, ct);
        return true;
    }
}
