using System.Security.Claims;
using Fellside.Dtos;
using Fellside.Repositories;
using Fellside.Services;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Fellside.Endpoints;

public sealed record CalloutOpened(int Id, string IncidentRef, string Status);

public sealed record TrackUploaded(string Name, int Points, string StoredAs);

public static class CalloutEndpoints
{
    [Authorize(Policy = "TeamLeader")]
    [WolverinePost("/api/callouts")]
    public static async Task<CalloutOpened> Open(OpenCalloutRequest request, CalloutService callouts, CancellationToken ct)
    {
        var callout = await callouts.OpenAsync(request, ct);
        return new CalloutOpened(callout.Id, callout.IncidentRef, callout.Status);
    }

    [Authorize]
    [WolverineGet("/api/teams/{teamCode}/callouts")]
    public static Task<IReadOnlyList<CalloutListItem>> ListForTeam(
        string teamCode, string? status, string? sort, bool? desc, CalloutService callouts, CancellationToken ct)
    {
        var query = new CalloutListQuery(teamCode.ToUpperInvariant(), status, sort, desc ?? true);
        return callouts.ListForTeamAsync(query, ct);
    }

    [Authorize]
    [WolverineGet("/api/callouts/recent")]
    public static Task<IReadOnlyList<CalloutListItem>> Recent(string? sort, int? limit, CalloutService callouts, CancellationToken ct) =>
        callouts.RecentAsync(sort, limit ?? 50, ct);

    [Authorize]
    [WolverineGet("/api/callouts/search")]
    public static Task<IReadOnlyList<CalloutListItem>> Search(string q, CalloutRepository repository, CancellationToken ct) =>
        repository.SearchByLocationAsync(q, ct);

    [Authorize]
    [WolverinePost("/api/callouts/{id}/log")]
    public static async Task<IResult> AppendLog(int id, CalloutLogRequest request, CalloutService callouts)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return Results.BadRequest();
        }

        await callouts.AppendLogAsync(id, request);
        return Results.Accepted();
    }

    [Authorize(Policy = "TeamLeader")]
    [WolverinePost("/api/callouts/{id}/reports")]
    public static async Task<IResult> RequestReport(int id, ReportRequest request, ClaimsPrincipal user, CalloutService callouts)
    {
        await callouts.RequestReportAsync(request with { CalloutId = id }, user.Identity?.Name ?? "unknown");
        return Results.Accepted();
    }

    [Authorize(Policy = "TeamLeader")]
    [WolverinePost("/api/callouts/import")]
    public static async Task<IResult> ImportBundle(HttpRequest request, CalloutBundleImporter importer, CalloutService callouts, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(ct);
        var legacy = string.Equals(request.Headers["X-Bundle-Format"], "mrlog-v1", StringComparison.OrdinalIgnoreCase);
        var bundle = legacy ? importer.ReadLegacyBundle(json) : importer.ReadBundle(json);
        if (bundle is null)
        {
            return Results.BadRequest(new { error = "Empty bundle." });
        }

        var callout = await callouts.OpenAsync(new OpenCalloutRequest(
            bundle.TeamCode, bundle.Location, bundle.GridReference, bundle.Casualties, "Amber",
            "handover:" + bundle.IncidentRef, $"Handed over from {bundle.IncidentRef}", null), ct);

        foreach (var line in bundle.Log.OrderBy(l => l.AtUtc))
        {
            await callouts.AppendLogAsync(callout.Id, new CalloutLogRequest(line.Author, line.Text));
        }

        return Results.Ok(new CalloutOpened(callout.Id, callout.IncidentRef, callout.Status));
    }

    [Authorize]
    [WolverinePost("/api/callouts/{id}/tracks")]
    public static async Task<IResult> UploadTrack(
        int id, IFormFile file, string format, GpsTrackConverter converter, GpxTrackParser parser,
        IConfiguration configuration, CancellationToken ct)
    {
        var trackRoot = configuration["Fellside:TrackRoot"] ?? "/var/fellside/tracks";
        var stored = Path.Combine(trackRoot, $"callout-{id}-{Guid.NewGuid():N}.upload");
        await using (var target = File.Create(stored))
        {
            await file.CopyToAsync(target, ct);
        }

        string gpxPath = stored;
        if (!string.Equals(format, "gpx", StringComparison.OrdinalIgnoreCase))
        {
            gpxPath = await converter.ImportToGpxAsync(format, stored, ct);
        }

        await using var gpx = File.OpenRead(gpxPath);
        var track = parser.ParseResponderTrack(gpx);
        return Results.Ok(new TrackUploaded(track.Name, track.Points.Count, Path.GetFileName(gpxPath)));
    }

    [Authorize]
    [WolverineGet("/api/callouts/{id}/tracks/{trackFile}/export")]
    public static async Task<IResult> ExportTrack(int id, string trackFile, string format, GpsTrackConverter converter, IConfiguration configuration, CancellationToken ct)
    {
        var trackRoot = configuration["Fellside:TrackRoot"] ?? "/var/fellside/tracks";
        var gpxPath = Path.Combine(trackRoot, $"callout-{id}-{Guid.Parse(Path.GetFileNameWithoutExtension(trackFile).Split('-').Last()):N}.gpx");
        var output = await converter.ExportAsync(gpxPath, format, ct);
        return Results.File(output, "application/octet-stream", Path.GetFileName(output));
    }
}
