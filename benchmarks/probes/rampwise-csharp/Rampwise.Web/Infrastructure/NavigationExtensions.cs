using Microsoft.AspNetCore.Mvc;

namespace Rampwise.Web.Infrastructure;

public static class NavigationExtensions
{
    /// <summary>
    /// Used by the ramp tablets: after completing a task the agent returns to the board they came from.
    /// </summary>
    public static IActionResult ReturnToBoard(this Controller controller, string? returnUrl, string fallbackAction)
    {
        if (!string.IsNullOrWhiteSpace(returnUrl) && returnUrl.StartsWith('/'))
        {
            return controller.Redirect(returnUrl); // VULN redirect
        }

        return controller.RedirectToAction(fallbackAction);
    }

    /// <summary>
    /// Used by the office console after login / settings changes.
    /// </summary>
    public static IActionResult ReturnToLocal(this Controller controller, string? returnUrl, string fallbackAction, string fallbackController)
    {
        if (!string.IsNullOrEmpty(returnUrl) && controller.Url.IsLocalUrl(returnUrl))
        {
            return controller.Redirect(returnUrl); // SAFE redirect
        }

        return controller.RedirectToAction(fallbackAction, fallbackController);
    }
}
