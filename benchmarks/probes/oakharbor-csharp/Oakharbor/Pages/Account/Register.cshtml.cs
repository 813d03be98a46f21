using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oakharbor.Services;

namespace Oakharbor.Pages.Account;

public class RegisterModel : PageModel
{
    private readonly PortalAccountService _accounts;

    public RegisterModel(PortalAccountService accounts)
    {
        _accounts = accounts;
    }

    public sealed class RegisterInput
    {
        [Required, EmailAddress, Display(Name = "E-mail")]
        public string Email { get; set; } = string.Empty;

        [Required, StringLength(80), Display(Name = "Name shown to the harbour office")]
        public string DisplayName { get; set; } = string.Empty;

        [Required, RegularExpression(@"^MA-\d{6}$"), Display(Name = "Mooring account")]
        public string MooringAccount { get; set; } = string.Empty;

        [Required, StringLength(128, MinimumLength = 10)]
        public string Password { get; set; } = string.Empty;
    }

    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var created = await _accounts.RegisterTenantAsync(Input.Email.Trim().ToLowerInvariant(), Input.DisplayName.Trim(), Input.Password, Input.MooringAccount, ct);
        if (!created)
        {
            ModelState.AddModelError(string.Empty, "An account already exists for that e-mail address.");
            return Page();
        }
        return RedirectToPage("/Account/Login");
    }
}
