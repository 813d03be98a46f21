using Google.Protobuf;
using Grpc.Core;
using Petrilab.Services;

namespace Petrilab.Workbench;

public class WorkbenchGrpcService(
    ResultService results,
    StaffDirectoryService directory,
    DocumentStore documents,
    ILogger<WorkbenchGrpcService> logger) : Workbench.WorkbenchBase
{
    public override async Task<SearchCasesReply> SearchCases(SearchCasesRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Keyword))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "keyword is required"));
        }

        var rows = await results.SearchCasesAsync(request.Keyword, string.IsNullOrEmpty(request.Pathologist) ? null : request.Pathologist, request.Limit == 0 ? 50 : request.Limit);
        var reply = new SearchCasesReply();
        reply.Cases.AddRange(rows.Select(r => new CaseSummary
        {
            SampleId = r.SampleId,
            Accession = r.Accession,
            Species = r.Species,
            Pathologist = r.Pathologist ?? string.Empty,
            Summary = r.Summary ?? string.Empty,
        }));
        return reply;
    }

    public override async Task<SubmitReportReply> SubmitReport(SubmitReportRequest request, ServerCallContext context)
    {
        var pathologist = context.GetHttpContext().User.Identity?.Name ?? "unknown";
        var report = await results.SubmitReportAsync(request.SampleId, pathologist, request.CommentHtml, request.Summary, context.CancellationToken);
        logger.LogInformation("{Pathologist} signed report for sample {SampleId}", pathologist, request.SampleId);
        return new SubmitReportReply { ReportId = report.Id };
    }

    public override async Task<AttachImageReply> AttachExternalImage(AttachImageRequest request, ServerCallContext context)
    {
        var slideId = await results.AttachExternalImageAsync(request.SampleId, request.ImageUrl, context.CancellationToken);
        return new AttachImageReply { SlideId = slideId };
    }

    public override Task<FindPathologistsReply> FindPathologists(FindPathologistsRequest request, ServerCallContext context)
    {
        var reply = new FindPathologistsReply();
        foreach (var person in directory.FindPathologists(request.Name, request.Specialty))
        {
            reply.Pathologists.Add(new PathologistEntry { Username = person.Username, DisplayName = person.DisplayName, Email = person.Email });
        }

        return Task.FromResult(reply);
    }

    public override Task<ImportDraftReply> ImportDraft(ImportDraftRequest request, ServerCallContext context)
    {
        var draft = results.ImportDraft(request.Payload.ToByteArray());
        return Task.FromResult(new ImportDraftReply { SampleId = draft.SampleId, SectionCount = draft.Sections.Count });
    }

    public override async Task GetSlide(GetSlideRequest request, IServerStreamWriter<SlideChunk> responseStream, ServerCallContext context)
    {
        if (!Guid.TryParse(request.SlideId, out var slideId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "slide_id must be a GUID"));
        }

        await using var stream = documents.OpenSlide(slideId);
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, context.CancellationToken)) > 0)
        {
            await responseStream.WriteAsync(new SlideChunk { Data = ByteString.CopyFrom(buffer, 0, read) });
        }
    }
}
