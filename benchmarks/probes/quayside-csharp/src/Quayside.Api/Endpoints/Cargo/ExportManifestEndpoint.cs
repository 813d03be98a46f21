using FastEndpoints;
using Quayside.Api.Contracts;
using Quayside.Api.Services;

namespace Quayside.Api.Endpoints.Cargo;

public sealed record ManifestExportResponse(string Path, DateTimeOffset WrittenAt);

public sealed class ExportManifestEndpoint : Endpoint<ManifestExportRequest, ManifestExportResponse>
{
    private readonly ManifestService _manifests;

    public ExportManifestEndpoint(ManifestService manifests)
    {
        _manifests = manifests;
    }

    public override void Configure()
    {
        Post("/api/cargo/manifests/{ManifestId}/export");
        Roles("cargo", "admin");
        Summary(s => s.Summary = "Write a CSV copy of a manifest to the shared export folder picked up by the customs broker");
    }

    public override async Task HandleAsync(ManifestExportRequest req, CancellationToken ct)
    {
        var fileName = string.IsNullOrWhiteSpace(req.FileName) ? $"manifest-{req.ManifestId:N}.csv" : req.FileName.Trim();

        try
        {
            var path = await _manifests.ExportAsync(req.ManifestId, fileName, ct);
            await SendAsync(new ManifestExportResponse(path, DateTimeOffset.UtcNow), cancellation: ct);
        }
        catch (KeyNotFoundException)
        {
            await SendNotFoundAsync(ct);
        }
        catch (ArgumentException ex)
        {
            AddError(r => r.FileName, ex.Message);
            await SendErrorsAsync(cancellation: ct);
        }
    }
}
