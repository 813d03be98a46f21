using System.Globalization;
using System.Text.RegularExpressions;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Oakharbor.Data;
using Oakharbor.Domain;
using Oakharbor.Grpc.Contracts;
using Oakharbor.Services;

namespace Oakharbor.Grpc;

public sealed class BerthLeasingGrpcService : BerthLeasing.BerthLeasingBase
{
    private static readonly Regex BerthNumberPattern = new(@"^\d{1,3}$", RegexOptions.Compiled);
    private const decimal MinimumThirdPartyCover = 3_000_000m;

    private readonly ILeaseRepository _leases;
    private readonly CrewManifestParser _manifests;
    private readonly DocumentStore _documents;
    private readonly VesselRegistryClient _registry;
    private readonly ILogger<BerthLeasingGrpcService> _logger;

    public BerthLeasingGrpcService(
        ILeaseRepository leases,
        CrewManifestParser manifests,
        DocumentStore documents,
        VesselRegistryClient registry,
        ILogger<BerthLeasingGrpcService> logger)
    {
        _leases = leases;
        _manifests = manifests;
        _documents = documents;
        _registry = registry;
        _logger = logger;
    }

    public override async Task<LeaseReply> GetLease(GetLeaseRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.LeaseId, out var leaseId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "lease_id must be a UUID"));
        }

        var lease = await _leases.GetAsync(leaseId, context.CancellationToken)
                    ?? throw new RpcException(new Status(StatusCode.NotFound, "lease not found"));
        return new LeaseReply
        {
            LeaseId = lease.Id.ToString(),
            BerthId = lease.BerthId,
            VesselId = lease.VesselId,
            TenantAccount = lease.TenantAccount,
            StartsOn = lease.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EndsOn = lease.EndsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Status = lease.Status.ToString(),
            MonthlyFee = (double)lease.MonthlyFee
        };
    }

    public override async Task<LeaseHistoryReply> GetLeaseHistory(LeaseHistoryRequest request, ServerCallContext context)
    {
        if (!BerthNumberPattern.IsMatch(request.BerthNumber))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "berth_number must be numeric"));
        }

        var berthNumber = int.Parse(request.BerthNumber, CultureInfo.InvariantCulture);
        var history = await _leases.HistoryForBerthAsync(request.DockCode.ToUpperInvariant(), berthNumber, context.CancellationToken);

        var reply = new LeaseHistoryReply();
        reply.Entries.AddRange(history.Select(h => new Contracts.LeaseHistoryEntry
        {
            LeaseId = h.LeaseId.ToString(),
            VesselName = h.VesselName,
            StartsOn = h.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EndsOn = h.EndsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Status = h.Status.ToString()
        }));
        return reply;
    }

    public override Task<CrewManifestReply> ImportCrewManifest(CrewManifestRequest request, ServerCallContext context)
    {
        var manifest = _manifests.LoadManifest(request.ManifestXml.ToByteArray());
        var role = string.IsNullOrWhiteSpace(request.Role) ? "skipper" : request.Role;
        var crew = _manifests.CrewWithRole(manifest, role);
        _logger.LogInformation("Crew manifest for vessel {VesselId}: {Count} x {Role}", request.VesselId, crew.Count, role);
        return Task.FromResult(ToReply(crew));
    }

    public override Task<CrewManifestReply> ListCertifiedCrew(CertifiedCrewRequest request, ServerCallContext context)
    {
        var manifest = _manifests.LoadManifest(request.ManifestXml.ToByteArray());
        var crew = _manifests.CrewWithCertification(manifest, request.Certification.Trim().ToUpperInvariant());
        return Task.FromResult(ToReply(crew));
    }

    public override Task<InsuranceReply> CheckInsurance(InsuranceCertificateRequest request, ServerCallContext context)
    {
        using var stream = new MemoryStream(request.CertificateXml.ToByteArray());
        var (policy, validUntil, cover) = _manifests.ReadInsuranceCertificate(stream);
        return Task.FromResult(new InsuranceReply
        {
            PolicyNumber = policy,
            ValidUntil = validUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ThirdPartyCover = (double)cover,
            MeetsMinimum = cover >= MinimumThirdPartyCover && validUntil >= DateOnly.FromDateTime(DateTime.UtcNow)
        });
    }

    public override Task<DeleteAttachmentReply> DeleteAttachment(DeleteAttachmentRequest request, ServerCallContext context)
    {
        var user = context.GetHttpContext().User;
        if (!user.IsInRole("harbour-master") && !user.IsInRole("dockhand"))
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "staff only"));
        }

        _documents.DeleteAttachment(request.WorkOrderId, request.FileName);
        var reply = new DeleteAttachmentReply();
        reply.Remaining.AddRange(_documents.ListAttachments(request.WorkOrderId));
        return Task.FromResult(reply);
    }

    public override async Task<RegistryLookupReply> LookupRegistry(RegistryLookupRequest request, ServerCallContext context)
    {
        var entry = await _registry.LookupAsync(request.Mmsi, context.CancellationToken);
        return entry is null
            ? new RegistryLookupReply { Found = false }
            : new RegistryLookupReply { Found = true, Name = entry.Name, CallSign = entry.CallSign ?? string.Empty, Flag = entry.Flag ?? string.Empty };
    }

    private static CrewManifestReply ToReply(IReadOnlyList<CrewMember> crew)
    {
        var reply = new CrewManifestReply { ProcessedAt = Timestamp.FromDateTime(DateTime.UtcNow) };
        reply.Crew.AddRange(crew.Select(c => new CrewMemberReply
        {
            Name = c.Name,
            Role = c.Role,
            Certification = c.Certification ?? string.Empty,
            Nationality = c.Nationality ?? string.Empty
        }));
        return reply;
    }
}
