using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Services;

namespace Wardrobe.Web.Controllers;

[ApiController]
[Route("api/costumes")]
public sealed class CostumesController : ControllerBase
{
    private readonly CostumeService _costumes;

    public CostumesController(CostumeService costumes)
    {
        _costumes = costumes;
    }

    /// <summary>Back-office stock search used by the wardrobe team's grid.</summary>
    [HttpGet]
    [Authorize(Policy = "staff")]
    public async Task<ActionResult<IEnumerable<CostumeSummary>>> Search([FromQuery] CostumeSearchQuery query, CancellationToken ct)
    {
        var costumes = await _costumes.SearchAsync(query.ToCriteria(), ct);
        return Ok(costumes.Select(CostumeSummary.From));
    }

    /// <summary>Public hire catalogue.</summary>
    [HttpGet("catalogue")]
    [AllowAnonymous]
    public async Task<ActionResult<IEnumerable<CostumeSummary>>> Catalogue([FromQuery] CostumeSearchQuery query, CancellationToken ct)
    {
        var costumes = await _costumes.CatalogueAsync(query.ToCriteria(), ct);
        return Ok(costumes.Select(CostumeSummary.From));
    }

    [HttpGet("category/{category}")]
    [AllowAnonymous]
    public async Task<ActionResult<IEnumerable<CostumeSummary>>> ByCategory([FromRoute] string category, [FromQuery] int page = 1, [FromQuery] int pageSize = 24, CancellationToken ct = default)
    {
        var costumes = await _costumes.ByCategoryAsync(category, page, pageSize, ct);
        return Ok(costumes.Select(CostumeSummary.From));
    }

    [HttpGet("{id:int}")]
    [AllowAnonymous]
    public async Task<ActionResult<CostumeSummary>> Get([FromRoute] int id, CancellationToken ct)
    {
        var costume = await _costumes.GetAsync(id, ct);
        return costume is null ? NotFound() : CostumeSummary.From(costume);
    }

    [HttpPut("{id:int}/description")]
    [Authorize(Policy = "staff")]
    public async Task<IActionResult> UpdateDescription([FromRoute] int id, [FromBody] UpdateDescriptionRequest request, CancellationToken ct)
    {
        var editor = User.Identity?.Name ?? "unknown";
        return await _costumes.UpdateDescriptionAsync(id, request.DescriptionHtml, editor, ct) ? NoContent() : NotFound();
    }
}
