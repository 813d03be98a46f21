using Ardalis.ApiEndpoints;
using Cantabile.Config;
using Cantabile.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Cantabile.Endpoints.Certificates;

public sealed class CertificateRequest
{
    [FromRoute(Name = "registrationId")] public int RegistrationId { get; set; }
    [FromQuery(Name = "style")] public string Style { get; set; } = "participation";
}

public sealed class CustomCertificateRequest
{
    [FromRoute(Name = "registrationId")] public int RegistrationId { get; set; }
    [FromBody] public CustomLayout Body { get; set; } = new();
}

public sealed class CustomLayout
{
    public string Layout { get; set; } = string.Empty;
}

public sealed class RenderCertificate : EndpointBaseAsync
    .WithRequest<CertificateRequest>
    .WithActionResult
{
    private readonly IAdjudicationService _adjudication;
    private readonly CertificateRenderer _renderer;
    private readonly CantabileOptions _options;

    public RenderCertificate(IAdjudicationService adjudication, CertificateRenderer renderer, IOptions<CantabileOptions> options)
    {
        _adjudication = adjudication;
        _renderer = renderer;
        _options = options.Value;
    }

    [HttpGet("/certificates/{registrationId:int}")]
    public override async Task<ActionResult> HandleAsync([FromRoute] CertificateRequest request, CancellationToken cancellationToken = default)
    {
        var model = await _adjudication.CertificateAsync(request.RegistrationId);
        if (model is null)
        {
            return NotFound();
        }

        model.FestivalName = $"{_options.FestivalName} {_options.FestivalYear}";
        try
        {
            var html = await _renderer.RenderAwardAsync(model, request.Style);
            return Content(html, "text/html; charset=utf-8");
        }
        catch (ArgumentException ex)
        {
            return BadRequest(new { error = ex.Message, styles = CertificateRenderer.KnownStyles });
        }
    }
}

[Authorize]
public sealed class PreviewCustomCertificate : EndpointBaseAsync
    .WithRequest<CustomCertificateRequest>
    .WithActionResult
{
    private readonly IAdjudicationService _adjudication;
    private readonly CertificateRenderer _renderer;

    public PreviewCustomCertificate(IAdjudicationService adjudication, CertificateRenderer renderer)
    {
        _adjudication = adjudication;
        _renderer = renderer;
    }

    [HttpPost("/api/certificates/{registrationId:int}/preview")]
    public override async Task<ActionResult> HandleAsync([FromRoute] CustomCertificateRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.Body.Layout) || request.Body.Layout.Length > 20_000)
        {
            return BadRequest(new { error = "layout must be between 1 and 20000 characters" });
        }

        var model = await _adjudication.CertificateAsync(request.RegistrationId);
        if (model is null)
        {
            return NotFound();
        }

        var html = await _renderer.RenderCustomPreviewAsync(request.Body.Layout, model);
        return Content(html, "text/html; charset=utf-8");
    }
}
