using Ardalis.ApiEndpoints;
using Cantabile.Contracts;
using Cantabile.Domain;
using Cantabile.Security;
using Cantabile.Services;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;

namespace Cantabile.Endpoints.Adjudication;

public sealed class SubmitScoreSheet : EndpointBaseAsync
    .WithRequest<SubmitScoreSheetRequest>
    .WithActionResult<ScoreSheetAccepted>
{
    private const string TabletHeader = "X-Adjudicator-Token";

    private readonly IAdjudicationService _service;
    private readonly AdjudicatorTokenReader _tokens;

    public SubmitScoreSheet(IAdjudicationService service, AdjudicatorTokenReader tokens)
    {
        _service = service;
        _tokens = tokens;
    }

    [HttpPost("/api/adjudication/score-sheets")]
    public override async Task<ActionResult<ScoreSheetAccepted>> HandleAsync([FromBody] SubmitScoreSheetRequest request, CancellationToken cancellationToken = default)
    {
        var adjudicator = _tokens.Read(Request.Headers[TabletHeader].FirstOrDefault());
        if (adjudicator is null)
        {
            return Unauthorized();
        }

        try
        {
            return Ok(await _service.SubmitAsync(adjudicator, request));
        }
        catch (ArgumentException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
    }
}

public sealed class CategoryResults : EndpointBaseAsync
    .WithRequest<ResultsRequest>
    .WithActionResult
{
    private readonly IAdjudicationService _service;

    public CategoryResults(IAdjudicationService service)
    {
        _service = service;
    }

    [HttpGet("/api/results/{category}")]
    public override async Task<ActionResult> HandleAsync([FromRoute] ResultsRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!string.IsNullOrWhiteSpace(request.AdjudicatorName))
            {
                var sheets = await _service.SheetsByAdjudicatorAsync(request.Category, request.AdjudicatorName);
                return Ok(sheets.Select(s => new { s.RegistrationId, s.Round, s.Intonation, s.Blend, s.Diction, s.Interpretation, s.Repertoire }));
            }

            IReadOnlyList<RankedEntry> ranking = await _service.OfficialResultsAsync(request.Category, request.Round);
            return Ok(ranking);
        }
        catch (KeyNotFoundException ex)
        {
            return NotFound(new { error = ex.Message });
        }
        catch (ArgumentException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
    }
}

public sealed class Scoreboard : EndpointBaseAsync
    .WithRequest<ScoreboardRequest>
    .WithActionResult
{
    private readonly IAdjudicationService _service;
    private readonly ScoreboardPage _page;

    public Scoreboard(IAdjudicationService service, ScoreboardPage page)
    {
        _service = service;
        _page = page;
    }

    [HttpGet("/scoreboard/{category}")]
    [EnableCors("EmbedWidgets")]
    public override async Task<ActionResult> HandleAsync([FromRoute] ScoreboardRequest request, CancellationToken cancellationToken = default)
    {
        var standings = await _service.ProvisionalStandingsAsync(request.Category);
        var html = _page.Build(request.Category, standings, request.Highlight);
        Response.Headers.CacheControl = "no-cache";
        return Content(html, "text/html; charset=utf-8");
    }
}
