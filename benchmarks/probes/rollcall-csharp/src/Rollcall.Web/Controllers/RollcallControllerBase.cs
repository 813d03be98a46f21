using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Rollcall.Web.Controllers;

public abstract class RollcallControllerBase : ControllerBase
{
    protected int CurrentStaffId =>
        int.TryParse(User.FindFirst("sub")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new InvalidOperationException("Authenticated user has no staff id.");

    protected string? CurrentSchool => User.FindFirst("school")?.Value;

    protected bool IsDistrictAdmin => User.HasClaim("role", "admin");
}
