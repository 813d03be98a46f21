using Enrolla.Core.Models;
using Enrolla.Core.Security;
using Enrolla.Core.Services;
using Enrolla.Core.Util;
using Enrolla.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Enrolla.Api.Endpoints;

public static class AccountEndpoints
{
    private const string PreferencesCookie = "enrolla.prefs";

    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/guardians/register", async ([FromBody] GuardianSignup signup, PasswordService passwords,
            EnrollaDbContext db, CancellationToken ct) =>
        {
            if (signup.Password.Length < 10)
                return Results.BadRequest("Password must be at least 10 characters.");
            db.Guardians.Add(new GuardianAccount
            {
                Id = Guid.NewGuid(),
                Email = signup.Email.Trim().ToLowerInvariant(),
                PasswordHash = passwords.HashForGuardian(signup.Email, signup.Password),
            });
            await db.SaveChangesAsync(ct);
            return Results.Created();
        });

        app.MapPost("/api/guardians/password-reset", async ([FromBody] GuardianSignup request, TokenService tokens,
            EnrollaDbContext db, CancellationToken ct) =>
        {
            var email = request.Email.Trim().ToLowerInvariant();
            var account = await db.Guardians.FirstOrDefaultAsync(g => g.Email == email, ct);
            if (account is not null)
            {
                account.ResetToken = tokens.NewPasswordResetToken();
                await db.SaveChangesAsync(ct);
            }
            return Results.Accepted();
        });

        var staff = app.MapGroup("/api/staff").RequireAuthorization("Caseworker");

        staff.MapPost("/accounts", ([FromBody] StaffSignup signup, PasswordService passwords) =>
            InputRules.IsUsername(signup.Username)
                ? Results.Ok(new { signup.Username, hash = passwords.HashForStaff(signup.Password) })
                : Results.BadRequest("Invalid username."));

        staff.MapGet("/directory/{username}", ([FromRoute] string username, DirectoryLookupService directory) =>
            directory.FindCaseworker(username) is { } entry ? Results.Ok(entry) : Results.NotFound());

        staff.MapGet("/directory", ([FromQuery] string department, DirectoryLookupService directory) =>
            Results.Ok(directory.ListDepartment(department)));

        staff.MapGet("/preferences", (HttpContext context, PreferencesCodec codec) =>
        {
            var raw = context.Request.Cookies[PreferencesCookie];
            return Results.Ok(string.IsNullOrEmpty(raw) ? new DashboardPreferences() : codec.Restore(raw));
        });

        staff.MapPut("/preferences", (HttpContext context, [FromBody] DashboardPreferences prefs, PreferencesCodec codec) =>
        {
            context.Response.Cookies.Append(PreferencesCookie, codec.Store(prefs),
                new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Strict, MaxAge = TimeSpan.FromDays(180) });
            return Results.NoContent();
        });

        app.MapGet("/api/staff/whoami", ([FromHeader(Name = "Authorization")] string authorization, TokenService tokens) =>
        {
            var principal = tokens.ValidateStaffToken(authorization.Replace("Bearer ", string.Empty, StringComparison.Ordinal));
            return principal?.Identity?.Name is { } username
                ? Results.Ok(new { username, roles = principal.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value) })
                : Results.Unauthorized();
        });
    }
}
