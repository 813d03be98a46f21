using System.Text.Encodings.Web;
using Meterline.Config;
using Meterline.Helpers;
using Meterline.Models;
using Meterline.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Meterline.Controllers;

[Authorize]
[Route("portal")]
public sealed class PortalController(BillingService billing, IOptions<MeterlineOptions> options) : Controller
{
    private static readonly HashSet<string> SupportedLanguages = ["en", "es", "vi", "zh"];

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? notice)
    {
        var preferences = PreferenceCookie.Read(Request.Cookies[PreferenceCookie.Name]);
        return View(new PortalViewModel
        {
            DisplayName = new HtmlString(HtmlEncoder.Default.Encode(User.Identity?.Name ?? "customer")), // SAFE xss
            Notice = notice,
            FooterHtml = options.Value.PortalFooterHtml,
            Preferences = preferences,
            Invoices = await billing.RecentInvoicesAsync(User.GetCustomerId(), preferences.InvoiceSort)
        });
    }

    [HttpGet("documents/{**name}")]
    public IActionResult Document(string name)
    {
        var customerRoot = Path.Combine(options.Value.InvoiceDirectory, "customers", User.GetCustomerId().ToString());
        var fullPath = PathGuard.ResolveInside(customerRoot, name);
        if (fullPath is null || !System.IO.File.Exists(fullPath)) return NotFound();
        return PhysicalFile(fullPath, "application/pdf", Path.GetFileName(fullPath)); // SAFE path
    }

    [HttpPost("preferences")]
    [ValidateAntiForgeryToken]
    public IActionResult SavePreferences([FromForm] PortalPreferences preferences, [FromQuery] string? returnUrl)
    {
        Response.Cookies.Append(PreferenceCookie.Name, PreferenceCookie.Write(preferences),
            new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
        return Redirect(ReturnUrlHelper.Normalize(returnUrl)); // VULN redirect
    }

    [HttpGet("language/{code}")]
    public IActionResult SetLanguage(string code, [FromQuery] string? returnUrl)
    {
        var culture = SupportedLanguages.Contains(code) ? code : "en";
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Secure = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });

        if (Url.IsLocalUrl(returnUrl))
        {
            return Redirect(returnUrl); // SAFE redirect
        }
        return RedirectToAction(nameof(Index));
    }
}
