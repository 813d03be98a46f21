using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Rampwise.Web.Controllers;

/// <summary>
/// Common plumbing for the ops console controllers: current station, acting user and the
/// one-line ops notice shown under the navigation bar (e.g. "?notice=De-icing+in+progress+on+B-pier").
/// </summary>
public abstract class RampwiseControllerBase : Controller
{
    protected string CurrentBadge => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? User.Identity?.Name ?? "system";

    protected string CurrentStation => User.FindFirstValue("station") ?? "AMS";

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        var notice = Request.Query["notice"].ToString();
        if (!string.IsNullOrWhiteSpace(notice))
        {
            ViewData["OpsNotice"] = notice.Length > 300 ? notice[..300] : notice;
        }

        ViewData["Station"] = CurrentStation;
        base.OnActionExecuting(context);
    }
}
