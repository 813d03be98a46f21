using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rollcall.Web.Config;
using Rollcall.Web.Services;
using Rollcall.Web.Util;

namespace Rollcall.Web.Pages.Portal;

[AllowAnonymous]
public sealed class LinkModel : PageModel
{
    private readonly GuardianLinkService _links;

    public LinkModel(GuardianLinkService links)
    {
        _links = links;
    }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "t")] string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return RedirectToPage("/Portal/Login");
        }

        var link = _links.ReadLink(token);
        if (link is null)
        {
            return RedirectToPage("/Portal/Login");
        }

        var claims = new List<Claim>
        {
            new("gid", link.GuardianId),
            new("student", link.StudentId.ToString(CultureInfo.InvariantCulture)),
            new("email", link.Email ?? string.Empty),
            new("name", link.Email ?? "Guardian"),
            new("amr", "email-link"),
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, AuthSetup.PortalScheme, "name", "role"));
        await HttpContext.SignInAsync(AuthSetup.PortalScheme, principal, new AuthenticationProperties
        {
            ExpiresUtc = DateTimeOffset.UtcNow.AddMinutes(30),
        });

        return Redirect(PortalLinks.StudentPage(link.StudentId));
    }
}
