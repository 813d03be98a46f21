using ServiceStack;

namespace Oakharbor.ServiceModel;

public class BerthDto
{
    public int Id { get; set; }
    public string Label { get; set; } = string.Empty;
    public string DockCode { get; set; } = string.Empty;
    public decimal MaxLengthMeters { get; set; }
    public decimal MaxBeamMeters { get; set; }
    public bool HasShorePower { get; set; }
    public decimal DailyRate { get; set; }
}

[Route("/berths/search", "GET")]
public class SearchBerths : IGet, IReturn<SearchBerthsResponse>
{
    public string? DockCode { get; set; }
    public decimal MinLength { get; set; }
    public string? Sort { get; set; }
}

public class SearchBerthsResponse
{
    public List<BerthDto> Results { get; set; } = new();
    public ResponseStatus? ResponseStatus { get; set; }
}

[Route("/berths/{Id}", "GET")]
public class GetBerth : IGet, IReturn<BerthDto>
{
    public int Id { get; set; }
}

[Route("/berths/{BerthId}/quote", "GET")]
public class QuoteBerth : IGet, IReturn<QuoteBerthResponse>
{
    public int BerthId { get; set; }
    public int VesselId { get; set; }
    public DateTime Arrive { get; set; }
    public DateTime Depart { get; set; }
}

public class QuoteBerthResponse
{
    public string Berth { get; set; } = string.Empty;
    public int Nights { get; set; }
    public decimal Total { get; set; }
    public decimal ShorePowerSurcharge { get; set; }
}

[Route("/tariffs/preview", "POST")]
public class PreviewTariffRule : IPost, IReturn<PreviewTariffRuleResponse>
{
    public string Expression { get; set; } = string.Empty;
    public decimal LengthMeters { get; set; }
    public decimal BeamMeters { get; set; }
    public int Nights { get; set; }
    public decimal BaseRate { get; set; }
}

public class PreviewTariffRuleResponse
{
    public decimal Total { get; set; }
}

[Route("/leases/{LeaseId}/checkout", "POST")]
public class StartCheckout : IPost, IReturn<StartCheckoutResponse>
{
    public Guid LeaseId { get; set; }
    public string? ContinueUrl { get; set; }
}

public class StartCheckoutResponse
{
    public Guid SessionId { get; set; }
    public decimal Amount { get; set; }
    public string PaymentPageUrl { get; set; } = string.Empty;
}

[Route("/checkout/{SessionId}/complete", "GET")]
public class CompleteCheckout : IGet
{
    public Guid SessionId { get; set; }
}

[Route("/exports/lease-archive", "POST")]
public class ExportLeaseArchive : IPost, IReturn<ExportResponse>
{
    public string Label { get; set; } = string.Empty;
    public int Year { get; set; }
}

[Route("/exports/invoice-batch/{BatchId}", "POST")]
public class ExportInvoiceBatch : IPost, IReturn<ExportResponse>
{
    public Guid BatchId { get; set; }
}

public class ExportResponse
{
    public string FileName { get; set; } = string.Empty;
}


[Route("/vessels/{VesselId}/surveys/import", "POST")]
public class ImportSurveyReport : IPost, IReturn<SurveyImportResponse>
{
    public int VesselId { get; set; }
    public string SourceUrl { get; set; } = string.Empty;
}

[Route("/partners/surveys", "POST")]
public class AttachSurveyorReport : IPost, IReturn<SurveyImportResponse>
{
    public int VesselId { get; set; }
    public string ReportUrl { get; set; } = string.Empty;
}

[Route("/surveys/archive/{SurveyNumber}", "GET")]
public class FetchArchivedSurvey : IGet
{
    public int SurveyNumber { get; set; }
}

public class SurveyImportResponse
{
    public string StoredAs { get; set; } = string.Empty;
    public long Bytes { get; set; }
}

[Route("/work-orders/{Id}/complete", "POST")]
public class CompleteWorkOrder : IPost, IReturnVoid
{
    public int Id { get; set; }
    public decimal LabourHours { get; set; }
}

[Route("/vessels/{VesselId}/profile", "PUT")]
public class SubmitVesselProfile : IPut, IReturnVoid
{
    public int VesselId { get; set; }
    public string Format { get; set; } = "v2";
    public string Payload { get; set; } = string.Empty;
}
