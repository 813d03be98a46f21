using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rollcall.Web.Config;
using Rollcall.Web.Models;
using Rollcall.Web.Services;

namespace Rollcall.Web.Pages.Messages;

[Authorize(AuthenticationSchemes = AuthSetup.PortalScheme + "," + AuthSetup.StaffCookieScheme)]
public sealed class ThreadModel : PageModel
{
    private readonly MessageService _messages;

    public ThreadModel(MessageService messages)
    {
        _messages = messages;
    }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public ComposeInput Compose { get; set; } = new();

    public MessageThread? Thread { get; private set; }

    public IReadOnlyList<GuardianMessage> Messages { get; private set; } = Array.Empty<GuardianMessage>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Thread = await _messages.GetThreadAsync(Id, ct);
        if (Thread is null || !CanAccess(Thread))
        {
            return NotFound();
        }

        Messages = await _messages.GetMessagesAsync(Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Thread = await _messages.GetThreadAsync(Id, ct);
        if (Thread is null || !CanAccess(Thread))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Messages = await _messages.GetMessagesAsync(Id, ct);
            return Page();
        }

        var role = User.HasClaim(c => c.Type == "gid") ? "guardian" : "teacher";
        var author = User.FindFirst("name")?.Value ?? "Unknown";
        await _messages.PostAsync(Id, author, role, Compose.Body, Compose.AttachmentLink, ct);
        return RedirectToPage(new { id = Id });
    }

    private bool CanAccess(MessageThread thread) =>
        User.FindFirst("gid")?.Value == thread.GuardianId
        || User.FindFirst("sub")?.Value == thread.TeacherId.ToString(CultureInfo.InvariantCulture);

    public sealed class ComposeInput
    {
        [Required]
        [StringLength(8000)]
        public string Body { get; set; } = string.Empty;

        [StringLength(2048)]
        public string? AttachmentLink { get; set; }
    }
}
