using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rollcall.Web.Config;
using Rollcall.Web.Models;
using Rollcall.Web.Services;

namespace Rollcall.Web.Controllers;

[ApiController]
[Route("api/staff")]
[Authorize(Policy = AuthSetup.StaffPolicy)]
public sealed class StaffController : RollcallControllerBase
{
    private readonly StaffDirectoryService _directory;
    private readonly PhotoStore _photos;

    public StaffController(StaffDirectoryService directory, PhotoStore photos)
    {
        _directory = directory;
        _photos = photos;
    }

    [HttpGet("search")]
    public ActionResult<IReadOnlyList<StaffMember>> Search([FromQuery] string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length < 2)
        {
            return BadRequest(new { error = "Enter at least two characters." });
        }

        return Ok(_directory.SearchByName(name.Trim()));
    }

    [HttpGet("departments/{department}")]
    public ActionResult<IReadOnlyList<StaffMember>> Department([FromRoute] string department) =>
        Ok(_directory.ListDepartment(department));

    [HttpGet("photo")]
    [ResponseCache(Duration = 86400, Location = ResponseCacheLocation.Client)]
    public async Task<IActionResult> Photo([FromQuery] string file, CancellationToken ct)
    {
        var bytes = await _photos.GetStaffPhotoAsync(file, ct);
        return bytes is null ? NotFound() : File(bytes, "image/jpeg");
    }
}
