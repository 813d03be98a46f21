using System.Xml;
using FastEndpoints;
using Quayside.Api.Contracts;
using Quayside.Api.Services;

namespace Quayside.Api.Endpoints.Cargo;

public sealed class UploadManifestEndpoint : Endpoint<UploadManifestRequest, UploadManifestResponse>
{
    private const long MaxUploadBytes = 25 * 1024 * 1024;

    private readonly ManifestService _manifests;
    private readonly ILogger<UploadManifestEndpoint> _logger;

    public UploadManifestEndpoint(ManifestService manifests, ILogger<UploadManifestEndpoint> logger)
    {
        _manifests = manifests;
        _logger = logger;
    }

    public override void Configure()
    {
        Post("/api/cargo/manifests");
        Roles("cargo", "admin");
        AllowFileUploads();
        Summary(s => s.Summary = "Upload a freight manifest (XML) or a zip bundle of manifests");
    }

    public override async Task HandleAsync(UploadManifestRequest req, CancellationToken ct)
    {
        if (req.File is null || req.File.Length == 0 || req.File.Length > MaxUploadBytes)
        {
            AddError(r => r.File!, "A manifest file up to 25 MB is required.");
            await SendErrorsAsync(cancellation: ct);
            return;
        }

        try
        {
            var result = await _manifests.IngestAsync(req.SailingId, req.File, req.PrintLabels, req.LabelPrinter, ct);
            _logger.LogInformation("{User} uploaded manifest {Ref} with {Count} lines", User.Identity?.Name, result.ManifestRef, result.ItemCount);
            await SendAsync(result, StatusCodes.Status201Created, ct);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or ArgumentException)
        {
            AddError(ex.Message);
            await SendErrorsAsync(cancellation: ct);
        }
    }
}
