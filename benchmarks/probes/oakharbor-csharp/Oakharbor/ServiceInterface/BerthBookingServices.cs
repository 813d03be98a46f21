using Oakharbor.Data;
using Oakharbor.Domain;
using Oakharbor.ServiceModel;
using Oakharbor.Services;
using ServiceStack;

namespace Oakharbor.ServiceInterface;

public class BerthBookingServices : Service
{
    public BerthSearchService BerthSearch { get; set; } = default!;
    public IBerthRepository Berths { get; set; } = default!;
    public IVesselRepository Vessels { get; set; } = default!;
    public LeaseService Leases { get; set; } = default!;
    public TariffCalculator Tariffs { get; set; } = default!;
    public LeaseArchiveExporter Exporter { get; set; } = default!;

    public async Task<SearchBerthsResponse> Get(SearchBerths request)
    {
        var berths = await BerthSearch.SearchAsync(new BerthQuery(request.DockCode, request.MinLength, request.Sort));
        return new SearchBerthsResponse { Results = berths.Select(ToDto).ToList() };
    }

    public async Task<BerthDto> Get(GetBerth request)
    {
        var berth = await Berths.GetAsync(request.Id) ?? throw HttpError.NotFound($"Berth {request.Id} not found");
        return ToDto(berth);
    }

    public async Task<QuoteBerthResponse> Get(QuoteBerth request)
    {
        var vessel = await Vessels.GetAsync(request.VesselId) ?? throw HttpError.NotFound("Unknown vessel");
        var quote = await BerthSearch.QuoteAsync(request.BerthId, vessel, DateOnly.FromDateTime(request.Arrive), DateOnly.FromDateTime(request.Depart))
                    ?? throw HttpError.Conflict("Berth cannot take this vessel for the requested dates.");
        return new QuoteBerthResponse
        {
            Berth = quote.Berth.Label,
            Nights = quote.Nights,
            Total = quote.Total,
            ShorePowerSurcharge = quote.ShorePowerSurcharge
        };
    }

    public async Task<PreviewTariffRuleResponse> Post(PreviewTariffRule request)
    {
        Request.StaffUser();
        var sample = new TariffGlobals
        {
            LengthMeters = request.LengthMeters,
            BeamMeters = request.BeamMeters,
            Nights = request.Nights <= 0 ? 7 : request.Nights,
            BaseRate = request.BaseRate
        };
        return new PreviewTariffRuleResponse { Total = await Tariffs.PreviewRuleAsync(request.Expression, sample) };
    }

    public async Task<StartCheckoutResponse> Post(StartCheckout request)
    {
        var tenant = Request.TenantAccount();
        var session = await Leases.BeginCheckoutAsync(request.LeaseId, tenant, request.ContinueUrl ?? "/portal");
        return new StartCheckoutResponse
        {
            SessionId = session.Id,
            Amount = session.Amount,
            PaymentPageUrl = $"https://pay.oakharbor.com/checkout/{session.Id:N}"
        };
    }

    public async Task<object> Get(CompleteCheckout request)
    {
        var session = await Leases.CompleteCheckoutAsync(request.SessionId);
        var correlation = Request.GetHeader("X-Payment-Correlation");
        if (!string.IsNullOrEmpty(correlation))
        {
            Response.AddHeader("X-Payment-Correlation", correlation);
        }
        return HttpResult.Redirect(session.ContinueUrl); // VULN redirect
    }

    public async Task<ExportResponse> Post(ExportLeaseArchive request)
    {
        Request.StaffUser();
        var year = request.Year == 0 ? DateTime.UtcNow.Year : request.Year;
        var path = await Exporter.ExportLeaseDocumentsAsync(request.Label, year);
        return new ExportResponse { FileName = Path.GetFileName(path) };
    }

    public async Task<ExportResponse> Post(ExportInvoiceBatch request)
    {
        Request.StaffUser();
        var path = await Exporter.ExportInvoiceBatchAsync(request.BatchId);
        return new ExportResponse { FileName = Path.GetFileName(path) };
    }

    private static BerthDto ToDto(Berth berth) => new()
    {
        Id = berth.Id,
        Label = berth.Label,
        DockCode = berth.DockCode,
        MaxLengthMeters = berth.MaxLengthMeters,
        MaxBeamMeters = berth.MaxBeamMeters,
        HasShorePower = berth.HasShorePower,
        DailyRate = berth.DailyRate
    };
}
