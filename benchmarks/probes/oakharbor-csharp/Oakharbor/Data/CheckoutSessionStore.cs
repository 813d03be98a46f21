using Dapper;
using Oakharbor.Domain;
using Oakharbor.Infrastructure;

namespace Oakharbor.Data;

public interface ICheckoutSessionStore
{
    Task<CheckoutSession> StartAsync(Guid leaseId, string tenantAccount, decimal amount, string continueUrl, CancellationToken ct = default);
    Task<CheckoutSession?> GetAsync(Guid sessionId, CancellationToken ct = default);
    Task MarkPaidAsync(Guid sessionId, CancellationToken ct = default);
}

public sealed class CheckoutSessionStore : ICheckoutSessionStore
{
    private readonly IOakDbConnections _db;

    public CheckoutSessionStore(IOakDbConnections db)
    {
        _db = db;
    }

    public async Task<CheckoutSession> StartAsync(Guid leaseId, string tenantAccount, decimal amount, string continueUrl, CancellationToken ct = default)
    {
        var session = new CheckoutSession
        {
            Id = Guid.NewGuid(),
            LeaseId = leaseId,
            TenantAccount = tenantAccount,
            Amount = amount,
            ContinueUrl = continueUrl,
            CreatedAt = DateTimeOffset.UtcNow
        };

        await using var connection = await _db.OpenOperationalAsync(ct);
        await connection.ExecuteAsync(
            @"INSERT INTO checkout_sessions (id, lease_id, tenant_account, amount, continue_url, created_at)
              VALUES (@Id, @LeaseId, @TenantAccount, @Amount, @ContinueUrl, @CreatedAt)",
            session);
        return session;
    }

    public async Task<CheckoutSession?> GetAsync(Guid sessionId, CancellationToken ct = default)
    {
        await using var connection = await _db.OpenOperationalAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<CheckoutSession>(
            @"SELECT id AS Id, lease_id AS LeaseId, tenant_account AS TenantAccount, amount AS Amount,
                     continue_url AS ContinueUrl, created_at AS CreatedAt, paid_at AS PaidAt
              FROM checkout_sessions WHERE id = @Id",
            new { Id = sessionId });
    }

    public async Task MarkPaidAsync(Guid sessionId, CancellationToken ct = default)
    {
        await using var connection = await _db.OpenOperationalAsync(ct);
        await connection.ExecuteAsync("UPDATE checkout_sessions SET paid_at = now() WHERE id = @Id AND paid_at IS NULL", new { Id = sessionId });
    }
}
