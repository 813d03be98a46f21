using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Palletwise.Services;

namespace Palletwise.Controllers;

[ApiController]
[Route("api/admin")]
[Authorize(Roles = "supervisor")]
public class AdminController : ControllerBase
{
    private readonly StaffDirectory _directory;

    public AdminController(StaffDirectory directory)
    {
        _directory = directory;
    }

    [HttpGet("staff/{login}")]
    public IActionResult Staff([FromRoute] string login)
    {
        var profile = _directory.FindByLogin(login);
        return profile is null ? NotFound() : Ok(profile);
    }

    [HttpGet("shifts")]
    public IActionResult Shift([FromQuery] string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return BadRequest();
        }

        return Ok(_directory.FindByShift(name));
    }
}
