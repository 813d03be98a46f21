using Microsoft.Extensions.Options;
using RazorLight;
using Rampwise.Web.Domain;
using Rampwise.Web.Infrastructure;
using Rampwise.Web.Models;

namespace Rampwise.Web.Services;

public class ReportTemplateRenderer
{
    private readonly RazorLightEngine _engine;

    public ReportTemplateRenderer(IOptions<RampwiseOptions> options, IWebHostEnvironment env)
    {
        var root = Path.Combine(env.ContentRootPath, options.Value.TemplateRoot);
        _engine = new RazorLightEngineBuilder()
            .UseFileSystemProject(root)
            .UseMemoryCachingProvider()
            .Build();
    }

    public Task<string> RenderReportHtmlAsync(SlaReportViewModel model)
    {
        return _engine.CompileRenderAsync("SlaSummary.cshtml", model); // SAFE ssti
    }

    public Task<string> RenderEmailBodyAsync(AirlineProfile airline, SlaEmailModel model)
    {
        if (string.IsNullOrWhiteSpace(airline.ReportEmailTemplate))
        {
            return _engine.CompileRenderAsync("SlaEmail.cshtml", model);
        }

        var cacheKey = $"email:{airline.IataCode}:{airline.ReportEmailTemplate.GetHashCode():x8}";
        return _engine.CompileRenderStringAsync(cacheKey, airline.ReportEmailTemplate, model); // VULN ssti
    }
}
