using Ardalis.ApiEndpoints;
using Cantabile.Config;
using Cantabile.Contracts;
using Cantabile.Data;
using Cantabile.Services;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Cantabile.Endpoints.Registrations;

public sealed class CreateRegistration : EndpointBaseAsync
    .WithRequest<CreateRegistrationRequest>
    .WithActionResult<CreateRegistrationResponse>
{
    private readonly IRegistrationService _service;

    public CreateRegistration(IRegistrationService service)
    {
        _service = service;
    }

    [HttpPost("/api/registrations")]
    public override async Task<ActionResult<CreateRegistrationResponse>> HandleAsync([FromBody] CreateRegistrationRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await _service.RegisterAsync(request);
            return Created($"/api/registrations/{response.RegistrationId}", response);
        }
        catch (RegistrationException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
    }
}

public sealed class SearchRegistrations : EndpointBaseAsync
    .WithRequest<SearchRegistrationsRequest>
    .WithActionResult<IReadOnlyList<RegistrationSummary>>
{
    private readonly IRegistrationService _service;

    public SearchRegistrations(IRegistrationService service)
    {
        _service = service;
    }

    [HttpGet("/api/registrations")]
    [Authorize(AuthenticationSchemes = JwtBearerDefaults.AuthenticationScheme + ",HallDisplay")]
    [EnableCors("EmbedWidgets")]
    public override async Task<ActionResult<IReadOnlyList<RegistrationSummary>>> HandleAsync([FromQuery] SearchRegistrationsRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            var rows = await _service.SearchAsync(request);
            return Ok(rows);
        }
        catch (RegistrationException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
    }
}

public sealed class ChoirProfile : EndpointBaseAsync
    .WithRequest<int>
    .WithActionResult
{
    private readonly IRegistrationRepository _registrations;
    private readonly TemplateComposer _templates;
    private readonly CantabileOptions _options;

    public ChoirProfile(IRegistrationRepository registrations, TemplateComposer templates, IOptions<CantabileOptions> options)
    {
        _registrations = registrations;
        _templates = templates;
        _options = options.Value;
    }

    [HttpGet("/choirs/{id:int}")]
    public override async Task<ActionResult> HandleAsync([FromRoute(Name = "id")] int id, CancellationToken cancellationToken = default)
    {
        var choir = await _registrations.GetChoirAsync(id);
        if (choir is null)
        {
            return NotFound();
        }

        var entries = await _registrations.ListForChoirAsync(choir.Id);
        var html = _templates.Render("choir-profile", new
        {
            name = choir.Name,
            homeTown = choir.HomeTown,
            motto = choir.Motto,
            directorName = choir.DirectorName,
            festival = _options.FestivalName,
            entries = entries.Select(e => new { category = e.Category, singers = e.SingerCount, conductor = e.Conductor, status = e.Status }),
        });

        return Content(html, "text/html; charset=utf-8");
    }
}
