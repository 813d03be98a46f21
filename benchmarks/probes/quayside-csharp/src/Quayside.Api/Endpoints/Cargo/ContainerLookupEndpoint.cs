using FastEndpoints;
using Quayside.Api.Contracts;
using Quayside.Api.Services;

namespace Quayside.Api.Endpoints.Cargo;

public sealed class ContainerLookupEndpoint : Endpoint<ContainerLookupRequest, ContainerLookupResponse>
{
    private readonly ManifestService _manifests;

    public ContainerLookupEndpoint(ManifestService manifests)
    {
        _manifests = manifests;
    }

    public override void Configure()
    {
        Get("/api/cargo/manifests/{ManifestId}/containers/{ContainerId}");
        Roles("cargo", "admin", "ticketing");
        Summary(s => s.Summary = "Look up a container on a received manifest (used by the check-in booth scanners)");
    }

    public override async Task HandleAsync(ContainerLookupRequest req, CancellationToken ct)
    {
        var container = await _manifests.FindContainerAsync(req.ManifestId, req.ContainerId, ct);
        if (container is null)
        {
            await SendNotFoundAsync(ct);
            return;
        }

        await SendAsync(container, cancellation: ct);
    }
}
