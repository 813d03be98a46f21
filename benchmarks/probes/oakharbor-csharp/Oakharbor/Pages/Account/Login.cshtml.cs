using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oakharbor.Infrastructure;
using Oakharbor.Services;

namespace Oakharbor.Pages.Account;

public class LoginModel : PageModel
{
    private readonly PortalAccountService _accounts;
    private readonly ILogger<LoginModel> _logger;

    public LoginModel(PortalAccountService accounts, ILogger<LoginModel> logger)
    {
        _accounts = accounts;
        _logger = logger;
    }

    [BindProperty]
    [Required, EmailAddress]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var principal = await _accounts.SignInAsync(Email.Trim().ToLowerInvariant(), Password, ct);
        if (principal is null)
        {
            _logger.LogInformation("Failed portal sign-in for {Email}", Email);
            ModelState.AddModelError(string.Empty, "E-mail or password is incorrect.");
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);

        if (ReturnUrlPolicy.LooksLocal(ReturnUrl))
        {
            return Redirect(ReturnUrl!); // VULN redirect
        }
        return RedirectToPage("/Index");
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect(ReturnUrlPolicy.LocalOrHome(Url, ReturnUrl)); // SAFE redirect
    }
}
