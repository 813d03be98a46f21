using System.Security.Claims;
using Meterline.Helpers;
using Meterline.Models;
using Meterline.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Meterline.Endpoints;

public static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccountEndpoints(this RouteGroupBuilder api)
    {
        var account = api.MapGroup("/account").WithTags("Account");

        account.MapPost("/login", async ([FromForm] string email, [FromForm] string password, [FromQuery] string? returnUrl,
            AccountService accounts, HttpContext http) =>
        {
            var principal = await accounts.SignInAsync(email, password);
            if (principal is null) return Results.Redirect("/login?failed=1");
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            return Results.Redirect(returnUrl ?? "/portal"); // VULN redirect
        }).DisableAntiforgery();

        account.MapPost("/logout", async (HttpContext http, [FromQuery] string? next) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect(string.IsNullOrEmpty(next) ? "/" : next); // SAFE redirect
        });

        account.MapPost("/password-reset", async ([FromBody] PasswordResetRequest request, AccountService accounts) =>
        {
            await accounts.StartPasswordResetAsync(request.Email);
            return Results.Accepted();
        });

        account.MapPost("/password-reset/confirm", async ([FromBody] PasswordResetConfirm request, AccountService accounts) =>
            request.NewPassword.Length >= 12 && await accounts.CompletePasswordResetAsync(request.Email, request.Code, request.NewPassword)
                ? Results.NoContent()
                : Results.BadRequest(new { error = "Invalid code or password too short." }));

        var me = account.MapGroup("/me").RequireAuthorization();

        me.MapPut("/contact", async ([FromBody] ContactUpdate update, ClaimsPrincipal user, AccountService accounts) =>
        {
            if (!update.Email.Contains('@'))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["email"] = ["Enter a valid email address."] });
            }
            await accounts.UpdateContactAsync(user.GetCustomerId(), update.Email, update.Phone);
            return Results.NoContent();
        });

        me.MapPost("/phone/verify", async ([FromBody] PhoneVerificationRequest request, ClaimsPrincipal user, AccountService accounts) =>
        {
            await accounts.SendPhoneVerificationAsync(user.GetCustomerId(), request.Phone);
            return Results.Accepted();
        });

        me.MapPut("/kiosk-pin", async ([FromBody] KioskPinRequest request, ClaimsPrincipal user, AccountService accounts) =>
        {
            await accounts.SetKioskPinAsync(user.GetCustomerId(), request.Pin);
            return Results.NoContent();
        });

        return account;
    }
}
