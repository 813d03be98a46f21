using Microsoft.EntityFrameworkCore;
using Rampwise.Web.Data;
using Rampwise.Web.Domain;

namespace Rampwise.Web.Repositories;

public interface IAirlineRepository
{
    Task<AirlineProfile?> FindAsync(string iataCode, CancellationToken ct);
    Task<IReadOnlyList<AirlineProfile>> ListWithWebhooksAsync(CancellationToken ct);
    Task SaveAsync(AirlineProfile profile, CancellationToken ct);
}

public class AirlineRepository : IAirlineRepository
{
    private readonly RampwiseDbContext _db;

    public AirlineRepository(RampwiseDbContext db)
    {
        _db = db;
    }

    public Task<AirlineProfile?> FindAsync(string iataCode, CancellationToken ct) =>
        _db.Airlines.FirstOrDefaultAsync(a => a.IataCode == iataCode.ToUpper(), ct);

    public async Task<IReadOnlyList<AirlineProfile>> ListWithWebhooksAsync(CancellationToken ct) =>
        await _db.Airlines.AsNoTracking().Where(a => a.WebhookUrl != null).OrderBy(a => a.IataCode).ToListAsync(ct);

    public async Task SaveAsync(AirlineProfile profile, CancellationToken ct)
    {
        if (profile.Id == 0)
        {
            _db.Airlines.Add(profile);
        }
        else
        {
            _db.Airlines.Update(profile);
        }
        await _db.SaveChangesAsync(ct);
    }
}
