using Claimwell.Web.Data;
using Claimwell.Web.Models;
using Claimwell.Web.Services;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Claimwell.Web.Grpc;

[Authorize(Policy = "Adjuster")]
public sealed class AdjusterGrpcService : AdjusterDesk.AdjusterDeskBase
{
    private readonly ClaimIntakeService _claims;
    private readonly AuditStore _audit;
    private readonly AssessorClient _assessors;
    private readonly ILogger<AdjusterGrpcService> _logger;

    public AdjusterGrpcService(ClaimIntakeService claims, AuditStore audit, AssessorClient assessors, ILogger<AdjusterGrpcService> logger)
    {
        _claims = claims;
        _audit = audit;
        _assessors = assessors;
        _logger = logger;
    }

    public override async Task<AssignClaimReply> AssignClaim(AssignClaimRequest request, ServerCallContext context)
    {
        var claimId = ParseId(request.ClaimId);
        if (string.IsNullOrWhiteSpace(request.AdjusterId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "adjuster_id is required"));
        }

        await _claims.AssignAsync(claimId, request.AdjusterId, Caller(context), context.CancellationToken);
        _logger.LogInformation("Claim {ClaimId} assigned to {Adjuster}", claimId, request.AdjusterId);
        return new AssignClaimReply { ClaimId = request.ClaimId, AssignedTo = request.AdjusterId };
    }

    public override async Task<UpdateStatusReply> UpdateStatus(UpdateStatusRequest request, ServerCallContext context)
    {
        var claimId = ParseId(request.ClaimId);
        if (!System.Enum.TryParse<ClaimStatus>(request.Status, ignoreCase: true, out var status) || !System.Enum.IsDefined(status))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"unknown status '{request.Status}'"));
        }

        await _claims.UpdateStatusAsync(claimId, status, Caller(context), context.CancellationToken);
        return new UpdateStatusReply { ClaimId = request.ClaimId, Status = status.ToString() };
    }

    public override async Task<AuditEntries> SearchAudit(SearchAuditRequest request, ServerCallContext context)
    {
        if (request.Term.Length < 3)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "term must be at least 3 characters"));
        }

        var entries = await _audit.SearchDetailsAsync(request.Term, request.Limit == 0 ? 50 : request.Limit, context.CancellationToken);
        return ToReply(entries);
    }

    public override async Task<AuditEntries> AuditByActor(AuditByActorRequest request, ServerCallContext context)
    {
        var entries = await _audit.ByActorPrefixAsync(request.ActorPrefix, context.CancellationToken);
        return ToReply(entries);
    }

    public override async Task<AssessmentReply> GetAssessment(GetAssessmentRequest request, ServerCallContext context)
    {
        var report = await _assessors.GetReportAsync(request.ClaimReference, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, "no assessment on file"));

        return new AssessmentReply
        {
            ClaimReference = report.ClaimReference,
            Assessor = report.Assessor,
            AssessedLoss = (double)report.AssessedLoss,
            Summary = report.Summary,
            CompletedAt = Timestamp.FromDateTimeOffset(report.CompletedAt)
        };
    }

    private static Guid ParseId(string value) =>
        Guid.TryParse(value, out var id) ? id : throw new RpcException(new Status(StatusCode.InvalidArgument, "claim_id must be a UUID"));

    private static string Caller(ServerCallContext context) =>
        context.GetHttpContext().User.Identity?.Name ?? "grpc";

    private static AuditEntries ToReply(IEnumerable<AuditEntry> entries)
    {
        var reply = new AuditEntries();
        reply.Entries.AddRange(entries.Select(e => new AuditEntryMessage
        {
            ClaimReference = e.ClaimReference,
            Actor = e.Actor,
            Action = e.Action,
            Details = e.Details ?? string.Empty,
            OccurredAt = Timestamp.FromDateTime(DateTime.SpecifyKind(e.OccurredAt, DateTimeKind.Utc))
        }));
        return reply;
    }
}
