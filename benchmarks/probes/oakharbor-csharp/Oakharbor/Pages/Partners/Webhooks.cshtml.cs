using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oakharbor.Data;

namespace Oakharbor.Pages.Partners;

public class WebhooksModel : PageModel
{
    private readonly IPartnerRepository _partners;

    public WebhooksModel(IPartnerRepository partners)
    {
        _partners = partners;
    }

    [BindProperty]
    public string CallbackUrl { get; set; } = string.Empty;

    public string? SigningSecret { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var partnerId = await _partners.PartnerIdForUserAsync(User.Identity?.Name ?? string.Empty, ct);
        if (partnerId is null)
        {
            return Forbid();
        }

        var hook = await _partners.GetWebhookAsync(partnerId.Value, ct);
        CallbackUrl = hook?.CallbackUrl ?? string.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var partnerId = await _partners.PartnerIdForUserAsync(User.Identity?.Name ?? string.Empty, ct);
        if (partnerId is null)
        {
            return Forbid();
        }

        if (!Uri.TryCreate(CallbackUrl, UriKind.Absolute, out var callback) || callback.Scheme != Uri.UriSchemeHttps)
        {
            ModelState.AddModelError(nameof(CallbackUrl), "The callback must be an https:// address.");
            return Page();
        }

        SigningSecret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await _partners.SaveWebhookAsync(partnerId.Value, callback.ToString(), SigningSecret, ct);
        return Page();
    }
}
