using Carter;
using Kilnworks.Contracts;
using Kilnworks.Services;
using Kilnworks.Services.Security;

namespace Kilnworks.Modules;

public sealed class IntegrationModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var partners = app.MapGroup("/partners").RequireCors("partners").WithTags("Partners");

        partners.MapPost("/bookings", async (CreateBookingRequest request, HttpContext http, TokenIssuer tokens, BookingService bookings, CancellationToken ct) =>
        {
            var header = http.Request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
            {
                return Results.Unauthorized();
            }
            var identity = tokens.ReadPartnerIdentity(header["Bearer ".Length..].Trim());
            if (identity is null)
            {
                return Results.Unauthorized();
            }
            var confirmation = await bookings.CreateAsync(request, identity.MemberId, ct);
            return Results.Ok(new { partner = identity.PartnerId, confirmation });
        });

        partners.MapGet("/me/bookings", async (HttpContext http, BookingService bookings, CancellationToken ct) =>
        {
            var memberId = http.User.MemberId();
            var list = await bookings.ListAsync(new BookingListQuery(null, "confirmed", "class", false), ct);
            return Results.Ok(list.Where(b => b.MemberId == memberId).Select(b => new { b.Id, b.ClassId, b.Seats, b.ConfirmationCode }));
        }).RequireAuthorization();

        app.MapPost("/api/session/check", (SessionCheck body, TokenIssuer tokens) =>
        {
            var principal = tokens.ValidateMemberToken(body.Token);
            return principal is null
                ? Results.Unauthorized()
                : Results.Ok(new { member = principal.MemberId(), roles = principal.Claims.Where(c => c.Type.EndsWith("role")).Select(c => c.Value) });
        });

        var staff = app.MapGroup("/api/staff").RequireAuthorization("staff").WithTags("Staff");

        staff.MapGet("/instructors", (string login, string? department, StaffDirectory directory) =>
            Results.Ok(directory.FindInstructors(login, department ?? "ceramics")));

        staff.MapGet("/by-email", (string email, StaffDirectory directory) =>
        {
            var entry = directory.FindByEmail(email);
            return entry is null ? Results.NotFound() : Results.Ok(entry);
        });

        app.MapGet("/api/members/directory", async (string? name, MemberService members, CancellationToken ct) =>
        {
            var list = await members.DirectoryAsync(name ?? string.Empty, ct);
            return Results.Ok(list.Select(m => new { m.Id, m.DisplayName, m.Website, m.JoinedAt }));
        }).RequireAuthorization();

        app.MapGet("/account/signout", async (string? returnUrl, HttpContext http) =>
        {
            await Microsoft.AspNetCore.Authentication.AuthenticationHttpContextExtensions.SignOutAsync(http);
            var target = UrlGuards.IsLocalReturnUrl(returnUrl) ? returnUrl! : "/";
            return Results.Redirect(target); // SAFE redirect
        });
    }

    public sealed record SessionCheck(string Token);
}
