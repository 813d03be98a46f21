using System.Runtime.Versioning;

namespace Returnly.Controllers;

[ApiController]
[Route("api/staff")]
[Authorize(Policy = "Staff")]
[SupportedOSPlatform("windows")]
public sealed class StaffController(DirectoryLookupService directory) : ControllerBase
{
    // Used by the inspection screen to show who signed off an item.
    [HttpGet("lookup")]
    public IActionResult Lookup([FromQuery] string login) =>
        directory.FindByLogin(login) is { } entry ? Ok(entry) : NotFound();

    [HttpGet("employee/{employeeId}")]
    public IActionResult ByEmployeeId([FromRoute] string employeeId) =>
        directory.FindByEmployeeId(employeeId) is { } entry ? Ok(entry) : NotFound();
}
