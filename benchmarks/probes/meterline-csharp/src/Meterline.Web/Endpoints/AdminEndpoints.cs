using System.Net;
using System.Net.Sockets;
using Meterline.Helpers;
using Meterline.Models;
using Meterline.Repositories;
using Meterline.Services;
using Microsoft.AspNetCore.Mvc;

namespace Meterline.Endpoints;

public static class AdminEndpoints
{
    public static RouteGroupBuilder MapAdminEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin").RequireAuthorization("staff");

        admin.MapGet("/diagnostics/ping", async ([AsParameters] PingRequest request, NetworkDiagnostics diagnostics) =>
        {
            if (request.Count is < 1 or > 10 || !InputRules.IsHostName(request.Gateway ?? request.Host))
            {
                return Results.BadRequest(new { error = "invalid host name or count" });
            }
            return Results.Text(await diagnostics.PingAsync(request.Host, request.Count));
        });

        admin.MapGet("/diagnostics/trace/{address}", async (string address, NetworkDiagnostics diagnostics) =>
            IPAddress.TryParse(address, out var ip) && ip.AddressFamily == AddressFamily.InterNetwork
                ? Results.Text(await diagnostics.TraceRouteAsync(ip))
                : Results.BadRequest(new { error = "an IPv4 address is required" }));

        admin.MapGet("/feeders/{feederId}", async (string feederId, OutageService outages) =>
            await outages.FeederStatusAsync(feederId) is { } status ? Results.Ok(status) : Results.StatusCode(502));

        admin.MapGet("/staff", ([FromQuery] string name, DirectoryLookupService directory) =>
            Results.Ok(directory.SearchByName(name)));

        admin.MapGet("/staff/badge/{badgeId}", (string badgeId, DirectoryLookupService directory) =>
            directory.FindByBadge(badgeId) is { } staff ? Results.Ok(staff) : Results.NotFound());

        admin.MapPost("/readings/archive/{kind}", async (ReadingKind kind, [FromQuery] DateOnly before, MeterReadingRepository readings) =>
            before > DateOnly.FromDateTime(DateTime.UtcNow.AddYears(-2))
                ? Results.BadRequest(new { error = "Only readings older than two years can be archived." })
                : Results.Ok(new { archived = await readings.ArchiveAsync(kind, before) }));

        admin.MapPost("/invoices/{invoiceNo}/finalize", async (string invoiceNo, [FromQuery] DateOnly period, BillingService billing, CancellationToken ct) =>
        {
            await billing.FinalizeInvoiceAsync(invoiceNo, period, ct);
            return Results.NoContent();
        });

        admin.MapPost("/field-tokens", ([FromBody] FieldTokenRequest request, TokenService tokens) =>
            Results.Ok(new { token = tokens.IssueFieldToken(request.TechnicianId, request.Depot) }));

        admin.MapGet("/reports/arrears", async ([FromQuery] int? minDays, CustomerRepository customers) =>
            Results.Ok(await customers.ArrearsAsync(Math.Max(minDays ?? 60, 30))));

        return admin;
    }
}
