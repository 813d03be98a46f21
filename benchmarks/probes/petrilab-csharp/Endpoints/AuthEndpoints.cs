using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Petrilab.Infrastructure;
using Petrilab.Models;
using Petrilab.Services;

namespace Petrilab.Endpoints;

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/auth/staff").WithTags("Auth");

        staff.MapPost("/login", async ([FromForm] StaffLoginForm form, StaffDirectoryService directory, HttpContext http) =>
        {
            var identity = directory.Authenticate(form.Username, form.Password);
            if (identity is null)
            {
                return Results.Redirect("/auth/staff/login?failed=1");
            }

            var claims = new List<Claim>
            {
                new(ClaimTypes.Name, identity.Username),
                new(ClaimTypes.GivenName, identity.DisplayName),
                new(ClaimTypes.Email, identity.Email),
                new(ClaimTypes.Role, "petrilab-staff"),
            };
            claims.AddRange(identity.Groups.Select(g => new Claim(ClaimTypes.Role, g)));
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);

            return Results.LocalRedirect(string.IsNullOrEmpty(form.ReturnUrl) ? "/workbench" : form.ReturnUrl); // SAFE redirect
        });

        staff.MapGet("/logout", async (HttpContext http, [FromQuery(Name = "post_logout_redirect_uri")] string? next) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect(next ?? "/"); // VULN redirect
        });

        app.MapGet("/api/staff/{employeeId}", (string employeeId, StaffDirectoryService directory) =>
            directory.FindByEmployeeId(employeeId) is { } person ? Results.Ok(person) : Results.NotFound())
            .RequireAuthorization("LabStaff");

        var portal = app.MapGroup("/portal").WithTags("Portal").RequireAuthorization("ClinicPortal");

        portal.MapGet("/switch-clinic", async (int clinicId, string? returnUrl, HttpContext http, ClinicService clinics, CancellationToken ct) =>
        {
            var clinic = await clinics.FindAsync(clinicId, ct);
            if (clinic is null || !http.User.HasClaim("clinic_group", clinic.Code))
            {
                return Results.Forbid();
            }

            http.Response.Cookies.Append("petrilab.clinic", clinic.Id.ToString(CultureInfo.InvariantCulture), new CookieOptions
            {
                HttpOnly = true,
                Secure = true,
                SameSite = SameSiteMode.Lax,
            });
            return NavigationHelper.BackTo(returnUrl);
        });

        portal.MapGet("/go/{section}", (string section) => NavigationHelper.ToSection(section));
    }
}
