using System.Net.Http.Json;
using Dapper;
using Meterline.Data;
using Meterline.Models;

namespace Meterline.Services;

public sealed class OutageService(IDbConnectionFactory db, IHttpClientFactory clients)
{
    public async Task<IReadOnlyList<PlannedOutage>> UpcomingAsync(string? area)
    {
        using var conn = db.Create();
        var rows = await conn.QueryAsync<PlannedOutage>(
            "SELECT utility, area, starts, ends, description FROM planned_outages " +
            "WHERE ends > SYSUTCDATETIME() AND (@area IS NULL OR area LIKE @pattern) ORDER BY starts",
            new { area, pattern = $"%{area}%" });
        return rows.AsList();
    }

    public Task<FeederStatus?> FeederStatusAsync(string feederId) =>
        clients.CreateClient("scada").GetFromJsonAsync<FeederStatus>($"api/feeders/{Uri.EscapeDataString(feederId)}/status");
}
