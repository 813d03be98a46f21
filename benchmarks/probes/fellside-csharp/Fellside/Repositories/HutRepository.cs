using Dapper;
using Fellside.Data;
using Fellside.Domain;
using Fellside.Dtos;

namespace Fellside.Repositories;

public class HutRepository
{
    private readonly IDbConnectionFactory _connections;

    public HutRepository(IDbConnectionFactory connections)
    {
        _connections = connections;
    }

    public async Task<IReadOnlyList<HutListItem>> ListAsync(string? region, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        if (string.IsNullOrWhiteSpace(region))
        {
            var all = await conn.QueryAsync<HutListItem>(
                "SELECT id, slug, name, region, beds, nightly_rate AS NightlyRate FROM huts WHERE open_for_season ORDER BY name");
            return all.ToList();
        }

        var rows = await conn.QueryAsync<HutListItem>("SELECT id, slug, name, region, beds, nightly_rate AS NightlyRate FROM huts WHERE open_for_season AND region = @region ORDER BY name", new { region }); // SAFE sqli
        return rows.ToList();
    }

    public async Task<Hut?> GetBySlugAsync(string slug, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<Hut>(
            @"SELECT id, slug, name, region, beds, nightly_rate AS NightlyRate, description, website,
                     weather_station_url AS WeatherStationUrl, confirmation_template AS ConfirmationTemplate,
                     pricing_rule AS PricingRule, warden_email AS WardenEmail, open_for_season AS OpenForSeason,
                     latitude, longitude
              FROM huts WHERE slug = @slug",
            new { slug });
    }

    public async Task<Hut?> GetByIdAsync(int id, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<Hut>(
            @"SELECT id, slug, name, region, beds, nightly_rate AS NightlyRate, description, website,
                     weather_station_url AS WeatherStationUrl, confirmation_template AS ConfirmationTemplate,
                     pricing_rule AS PricingRule, warden_email AS WardenEmail, open_for_season AS OpenForSeason,
                     latitude, longitude
              FROM huts WHERE id = @id",
            new { id });
    }

    public async Task UpdateProfileAsync(string slug, HutProfileUpdate update, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        await conn.ExecuteAsync(
            @"UPDATE huts SET description = @Description, website = @Website,
                     weather_station_url = @WeatherStationUrl, region = @Region,
                     beds = @Beds, nightly_rate = @NightlyRate
              WHERE slug = @slug",
            new
            {
                slug,
                update.Description,
                update.Website,
                update.WeatherStationUrl,
                update.Region,
                update.Beds,
                update.NightlyRate
            });
    }

    public async Task SetConfirmationTemplateAsync(string slug, string template, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        await conn.ExecuteAsync("UPDATE huts SET confirmation_template = @template WHERE slug = @slug", new { slug, template });
    }

    public async Task SetPricingRuleAsync(string slug, string rule, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        await conn.ExecuteAsync("UPDATE huts SET pricing_rule = @rule WHERE slug = @slug", new { slug, rule });
    }

    public async Task CloseSeasonAsync(int hutId, CancellationToken ct)
    {
        using var conn = await _connections.OpenAsync(ct);
        await conn.ExecuteAsync("UPDATE huts SET open_for_season = false WHERE id = @hutId", new { hutId });
    }
}
