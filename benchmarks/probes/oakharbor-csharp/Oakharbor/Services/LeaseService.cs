using Oakharbor.Data;
using Oakharbor.Domain;

namespace Oakharbor.Services;

public sealed class LeaseService
{
    private readonly ILeaseRepository _leases;
    private readonly IVesselRepository _vessels;
    private readonly IBerthRepository _berths;
    private readonly ICheckoutSessionStore _checkout;
    private readonly GateAccessService _gate;
    private readonly ILogger<LeaseService> _logger;

    public LeaseService(
        ILeaseRepository leases,
        IVesselRepository vessels,
        IBerthRepository berths,
        ICheckoutSessionStore checkout,
        GateAccessService gate,
        ILogger<LeaseService> logger)
    {
        _leases = leases;
        _vessels = vessels;
        _berths = berths;
        _checkout = checkout;
        _gate = gate;
        _logger = logger;
    }

    public async Task<(Lease Lease, Berth Berth, Vessel Vessel)?> LoadForViewerAsync(Guid leaseId, string? tenantAccount, bool isStaff, CancellationToken ct = default)
    {
        var lease = await _leases.GetAsync(leaseId, ct);
        if (lease is null || (!isStaff && !string.Equals(lease.TenantAccount, tenantAccount, StringComparison.Ordinal)))
        {
            return null;
        }

        var berth = await _berths.GetAsync(lease.BerthId, ct);
        var vessel = await _vessels.GetAsync(lease.VesselId, ct);
        if (berth is null || vessel is null)
        {
            return null;
        }
        return (lease, berth, vessel);
    }

    public async Task<CheckoutSession> BeginCheckoutAsync(Guid leaseId, string tenantAccount, string continueUrl, CancellationToken ct = default)
    {
        var lease = await _leases.GetAsync(leaseId, ct) ?? throw new KeyNotFoundException($"Lease {leaseId} not found.");
        if (lease.Status != LeaseStatus.Draft && lease.Status != LeaseStatus.PendingPayment)
        {
            throw new InvalidOperationException("Lease is not awaiting payment.");
        }

        var deposit = Math.Round(lease.MonthlyFee * 1.5m, 2);
        _logger.LogInformation("Checkout started for lease {LeaseId} ({Amount})", leaseId, deposit);
        return await _checkout.StartAsync(leaseId, tenantAccount, deposit, string.IsNullOrWhiteSpace(continueUrl) ? "/portal" : continueUrl, ct);
    }

    public async Task<CheckoutSession> CompleteCheckoutAsync(Guid sessionId, CancellationToken ct = default)
    {
        var session = await _checkout.GetAsync(sessionId, ct) ?? throw new KeyNotFoundException("Unknown checkout session.");
        if (session.PaidAt is null)
        {
            await _checkout.MarkPaidAsync(sessionId, ct);
            var pin = _gate.IssueGatePin();
            await _leases.ActivateAsync(session.LeaseId, pin, ct);
            _logger.LogInformation("Lease {LeaseId} activated after checkout {SessionId}", session.LeaseId, sessionId);
        }
        return session;
    }
}
