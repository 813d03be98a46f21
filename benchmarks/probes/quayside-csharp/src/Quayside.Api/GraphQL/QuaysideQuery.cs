using HotChocolate;
using Quayside.Api.Contracts;
using Quayside.Api.Data;
using Quayside.Api.Domain;
using Quayside.Api.Services;

namespace Quayside.Api.GraphQL;

public sealed class QuaysideQuery
{
    /// <summary>Freight lines whose tariff code starts with the given HS prefix, e.g. "0303" for frozen fish.</summary>
    public Task<List<CargoItem>> GetCargoByHsCode(string prefix, [Service] ManifestService manifests, CancellationToken ct) =>
        manifests.ItemsByHsPrefixAsync(prefix, ct);

    public Task<List<CargoItem>> GetDangerousGoods(Guid sailingId, [Service] CargoRepository cargo, CancellationToken ct) =>
        cargo.DangerousGoodsForSailingAsync(sailingId, ct);

    public Task<string?> GetSealNumber(Guid manifestId, string containerId, [Service] ManifestService manifests, CancellationToken ct) =>
        manifests.SealNumberAsync(manifestId, containerId.Trim().ToUpperInvariant(), ct);

    public IReadOnlyList<StaffLookupResult> GetStaffByEmail(string email, [Service] StaffDirectory directory) =>
        directory.FindByEmail(email.Trim())
            .Select(s => new StaffLookupResult(s.AccountName, s.DisplayName, s.Email, s.Department))
            .ToList();

    public Task<IReadOnlyList<RosterShift>> GetShifts(int crewId, DateOnly weekStarting, [Service] CrewService crew, CancellationToken ct) =>
        crew.ShiftsAsync(crewId, weekStarting, ct);

    public Task<IReadOnlyList<BookingSummary>> GetRecentBookings(string? search, [Service] BookingService bookings, CancellationToken ct) =>
        bookings.RecentAsync(search, ct);
}
