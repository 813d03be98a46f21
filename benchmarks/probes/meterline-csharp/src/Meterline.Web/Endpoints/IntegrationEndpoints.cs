using System.Security.Claims;
using Meterline.Helpers;
using Meterline.Models;
using Meterline.Repositories;
using Meterline.Services;
using Microsoft.AspNetCore.Mvc;

namespace Meterline.Endpoints;

public static class IntegrationEndpoints
{
    private const string DefaultForecast = "https://api.weather.gov/gridpoints/LWX/96,70/forecast/hourly";
    private static readonly HashSet<string> LegacyFeedPartners = ["CITYPAY-01", "SENIORAID-02", "GRIDSHARE-07"];

    public static RouteGroupBuilder MapIntegrationEndpoints(this RouteGroupBuilder api)
    {
        var partners = api.MapGroup("/partners").WithTags("Partners").RequireCors("partners");

        partners.MapGet("/usage/summary", async (ClaimsPrincipal user, MeterReadingRepository readings) =>
            Results.Ok(await readings.UsageSummaryAsync(user.GetCustomerId()))).RequireAuthorization();

        partners.MapPost("/feeds", async (HttpRequest request, [FromHeader(Name = "X-Feed-Version")] string? version,
            [FromHeader(Name = "Authorization")] string? authorization, TokenService tokens, PartnerFeedService feeds) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            FeedEnvelope? envelope;
            if (version == "1")
            {
                envelope = feeds.ParseLegacy(body);
                if (envelope is null || !LegacyFeedPartners.Contains(envelope.PartnerKey)) return Results.Unauthorized();
            }
            else
            {
                var bearer = authorization?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true ? authorization[7..] : string.Empty;
                if (tokens.ValidatePartnerToken(bearer) is null || (envelope = feeds.Parse(body)) is null) return Results.Unauthorized();
            }
            return Results.Ok(new { accepted = feeds.Apply(envelope) });
        }).DisableAntiforgery();

        partners.MapPost("/webhooks/test", async ([FromBody] WebhookTestRequest request, WebhookDispatcher dispatcher) =>
            Results.Ok(new { status = await dispatcher.SendTestAsync(request) })).RequireAuthorization();

        partners.MapGet("/forecast", async ([FromHeader(Name = "X-Forecast-Source")] string? source, ExternalDataClient external) =>
            Results.Text(await external.FetchForecastAsync(string.IsNullOrEmpty(source) ? DefaultForecast : source), "application/json"));

        partners.MapGet("/gis/tile", async ([FromQuery] string url, ExternalDataClient external) =>
            Results.File(await external.FetchGisTileAsync(url), "image/png"));

        return partners;
    }
}
