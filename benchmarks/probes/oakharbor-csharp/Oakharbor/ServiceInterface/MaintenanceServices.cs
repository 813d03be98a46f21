using MassTransit;
using Oakharbor.Data;
using Oakharbor.Messaging;
using Oakharbor.ServiceModel;
using Oakharbor.Services;
using ServiceStack;

namespace Oakharbor.ServiceInterface;

public class MaintenanceServices : Service
{
    public SurveyReportFetcher Surveys { get; set; } = default!;
    public DocumentStore Documents { get; set; } = default!;
    public IWorkOrderRepository WorkOrders { get; set; } = default!;
    public IPublishEndpoint Bus { get; set; } = default!;

    public async Task<SurveyImportResponse> Post(ImportSurveyReport request)
    {
        Request.StaffUser();
        var pdf = await Surveys.DownloadReportAsync(request.SourceUrl);
        var stored = await Documents.SaveSurveyReportAsync(request.VesselId, pdf);
        return new SurveyImportResponse { StoredAs = stored, Bytes = pdf.LongLength };
    }

    public async Task<SurveyImportResponse> Post(AttachSurveyorReport request)
    {
        var pdf = await Surveys.DownloadFromApprovedSurveyorAsync(request.ReportUrl);
        var stored = await Documents.SaveSurveyReportAsync(request.VesselId, pdf);
        return new SurveyImportResponse { StoredAs = stored, Bytes = pdf.LongLength };
    }

    public async Task<object> Get(FetchArchivedSurvey request)
    {
        Request.StaffUser();
        var pdf = await Surveys.DownloadLegacyArchiveAsync(request.SurveyNumber);
        return new HttpResult(pdf, "application/pdf");
    }

    public async Task Post(CompleteWorkOrder request)
    {
        var staff = Request.StaffUser();
        var order = await WorkOrders.GetAsync(request.Id) ?? throw HttpError.NotFound($"Work order {request.Id} not found");
        await WorkOrders.MarkCompletedAsync(order.Id, request.LabourHours);
        await WorkOrders.AppendNoteAsync(order.Id, staff, $"Signed off with {request.LabourHours:0.##} labour hours");

        await Bus.Publish(new WorkOrderCompleted
        {
            WorkOrderId = order.Id,
            VesselId = order.VesselId,
            VesselName = order.VesselName,
            PartnerId = order.PartnerId,
            LabourHours = request.LabourHours,
            CompletedAt = DateTimeOffset.UtcNow
        });
    }

    public async Task Put(SubmitVesselProfile request)
    {
        var submitter = Request.GetHeader("X-Broker-Id") ?? Request.UserHostAddress ?? "unknown";
        await Bus.Publish(new VesselProfileSubmitted
        {
            VesselId = request.VesselId,
            Format = string.IsNullOrWhiteSpace(request.Format) ? "v2" : request.Format,
            Payload = request.Payload,
            SubmittedBy = submitter
        });
    }
}
