using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Permitly.Web.Data;
using Permitly.Web.Models;
using Permitly.Web.Security;
using Permitly.Web.Services;

namespace Permitly.Web.Controllers;

[ApiController]
[Route("api/inspections")]
[Authorize(Roles = "staff")]
public sealed class InspectionsController(InspectionRepository inspections, StaffDirectoryService directory, CodeGenerator codes) : ControllerBase
{
    [HttpGet("schedule")]
    public async Task<IActionResult> Schedule([FromQuery] string inspector, [FromQuery] DateOnly? day, CancellationToken ct) =>
        Ok(await inspections.GetScheduleAsync(inspector, day ?? DateOnly.FromDateTime(DateTime.Today), ct));

    [HttpPost("assign")]
    public IActionResult Assign([FromBody] AssignInspectorRequest request)
    {
        var inspector = directory.FindInspector(request.InspectorLogin);
        return inspector is null
            ? UnprocessableEntity($"{request.InspectorLogin} is not a building inspector.")
            : Ok(new { request.InspectionId, inspector, request.Date });
    }

    [HttpGet("staff")]
    public ActionResult<IReadOnlyList<StaffMember>> Staff([FromQuery] string department = "Building Safety") =>
        Ok(directory.ListDepartment(department));

    [HttpPost("{inspectionId:int}/site-access")]
    [Authorize(Roles = "contractor")]
    public IActionResult IssueSiteAccessCode([FromRoute] int inspectionId) =>
        Ok(new { inspectionId, code = codes.NewSiteAccessCode(), validUntil = DateTime.UtcNow.Date.AddDays(1) });
}
