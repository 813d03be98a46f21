using System.Security.Cryptography;
using System.Text;
using RazorLight;

namespace Quayside.Api.Services;

public sealed class BoardingPassModel
{
    public string Reference { get; init; } = string.Empty;
    public string PassengerName { get; init; } = string.Empty;
    public string RouteCode { get; init; } = string.Empty;
    public string Vessel { get; init; } = string.Empty;
    public string DeparturePort { get; init; } = string.Empty;
    public string ArrivalPort { get; init; } = string.Empty;
    public DateTimeOffset DepartsAt { get; init; }
    public string FareClass { get; init; } = string.Empty;
    public int Passengers { get; init; }
    public string? VehicleRegistration { get; init; }
    public string Barcode { get; init; } = string.Empty;
    public DateTimeOffset CheckInCloses => DepartsAt.AddMinutes(FareClass == "Foot" ? -30 : -45);
}

public sealed class NotificationTemplateRenderer
{
    private readonly RazorLightEngine _engine;

    public NotificationTemplateRenderer()
    {
        _engine = new RazorLightEngineBuilder()
            .UseEmbeddedResourcesProject(typeof(NotificationTemplateRenderer).Assembly, "Quayside.Api.Templates")
            .SetOperatingAssembly(typeof(NotificationTemplateRenderer).Assembly)
            .UseMemoryCachingProvider()
            .Build();
    }

    public Task<string> RenderBoardingPassAsync(BoardingPassModel model) =>
        _engine.CompileRenderAsync("BoardingPass", model); // SAFE ssti

    /// <summary>
    /// Lets the customer-comms team try out a draft notification template against a real booking
    /// before it is published.
    /// </summary>
    public async Task<string> PreviewAsync(string templateSource, BoardingPassModel model)
    {
        var key = "draft-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(templateSource)))[..16];
        return await _engine.CompileRenderStringAsync(key, templateSource, model); // VULN ssti
    }
}
