using Ardalis.ApiEndpoints;
using Cantabile.Config;
using Cantabile.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Cantabile.Endpoints.Account;

/// <summary>Tracked outbound links to festival partners (tickets, hotel, sponsors) used in printed programmes.</summary>
public sealed class PartnerLink : EndpointBaseAsync
    .WithRequest<string>
    .WithActionResult
{
    private readonly CantabileOptions _options;
    private readonly ILogger<PartnerLink> _logger;

    public PartnerLink(IOptions<CantabileOptions> options, ILogger<PartnerLink> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    [HttpGet("/go/partner/{key}")]
    public override Task<ActionResult> HandleAsync([FromRoute(Name = "key")] string key, CancellationToken cancellationToken = default)
    {
        var target = _options.ResolvePartnerLink(key);
        _logger.LogInformation("Partner link {Key} followed", key);
        return Task.FromResult<ActionResult>(Redirect(target)); // VULN redirect
    }
}

public sealed class EmailLinkRequest
{
    [FromQuery(Name = "to")] public string? To { get; set; }
    [FromQuery(Name = "c")] public string? Campaign { get; set; }
}

/// <summary>Links in festival newsletters go through /go so that opens can be counted.</summary>
public sealed class EmailLink : EndpointBaseAsync
    .WithRequest<EmailLinkRequest>
    .WithActionResult
{
    private readonly ILogger<EmailLink> _logger;

    public EmailLink(ILogger<EmailLink> logger)
    {
        _logger = logger;
    }

    [HttpGet("/go")]
    public override Task<ActionResult> HandleAsync([FromQuery] EmailLinkRequest request, CancellationToken cancellationToken = default)
    {
        if (!RedirectGuard.IsKnownSection(request.To))
        {
            return Task.FromResult<ActionResult>(Redirect("/portal"));
        }

        _logger.LogInformation("Newsletter link {Campaign} -> {Target}", request.Campaign ?? "-", request.To);
        return Task.FromResult<ActionResult>(Redirect(request.To!)); // SAFE redirect
    }
}
