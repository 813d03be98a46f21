using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Petrilab.Data;
using Petrilab.Infrastructure;

namespace Petrilab.Areas.Portal.Pages;

public sealed record AnnouncementView(string Title, string BodyHtml);

[Authorize(Policy = "ClinicPortal")]
public class WelcomeModel(LabDbContext db, TimeProvider clock) : PageModel
{
    public string ClinicCode { get; private set; } = string.Empty;

    public string WelcomeBanner { get; private set; } = string.Empty;

    public IReadOnlyList<AnnouncementView> Announcements { get; private set; } = Array.Empty<AnnouncementView>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var code = User.FindFirstValue("clinic_code");
        var clinic = code is null ? null : await db.Clinics.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, ct);
        if (clinic is null)
        {
            return NotFound();
        }

        ClinicCode = clinic.Code;
        var signedInAs = HtmlEncoder.Default.Encode(User.Identity?.Name ?? clinic.ContactEmail);
        WelcomeBanner = $"<h1>Welcome back, <span class=\"clinic\">{clinic.DisplayName}</span></h1><p class=\"who\">Signed in as {signedInAs}</p>";

        var now = clock.GetUtcNow();
        var items = await db.Announcements.AsNoTracking()
            .Where(a => a.PublishedAt <= now)
            .OrderByDescending(a => a.PublishedAt)
            .Take(5)
            .ToListAsync(ct);
        Announcements = items.Select(a => new AnnouncementView(a.Title, TextFormatting.EncodeWithBreaks(a.Body))).ToList();
        return Page();
    }
}
