using Enrolla.Core.Models;

namespace Enrolla.Core.Abstractions;

public interface IOfferRepository
{
    Task<IReadOnlyList<OfferSummary>> FindAsync(string round, string status, string? localAuthority, CancellationToken ct = default);
    Task<bool> AcceptAsync(string acceptanceCode, CancellationToken ct = default);
    Task<Offer?> GetAsync(Guid offerId, CancellationToken ct = default);
    Task SetAcceptanceCodeAsync(Guid offerId, string code, CancellationToken ct = default);
}

public interface IAppealRepository
{
    Task<List<AppealDocument>> QueryAsync(string filterJson, CancellationToken ct = default);
    Task<List<AppealDocument>> FindByGroundsKeywordAsync(string keyword, CancellationToken ct = default);
    Task<List<AppealDocument>> FindByStatusAsync(int schoolId, string status, CancellationToken ct = default);
    Task InsertAsync(AppealDocument appeal, CancellationToken ct = default);
}
