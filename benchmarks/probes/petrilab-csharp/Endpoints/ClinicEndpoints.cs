using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;
using Petrilab.Models;
using Petrilab.Services;

namespace Petrilab.Endpoints;

public static class ClinicEndpoints
{
    public static void MapClinicEndpoints(this IEndpointRouteBuilder app)
    {
        var clinics = app.MapGroup("/api/clinics").WithTags("Clinics").RequireCors("ClinicPortal");

        clinics.MapPost("/", async (ClinicRegistration registration, ClinicService service, CancellationToken ct) =>
        {
            try
            {
                var clinic = await service.RegisterAsync(registration, ct);
                return Results.Created($"/api/clinics/{clinic.Id}", new { clinic.Id, clinic.Code });
            }
            catch (InvalidOperationException ex)
            {
                return Results.Conflict(new { error = ex.Message });
            }
        });

        clinics.MapPut("/{id:int}/letterhead", async (int id, LetterheadUpdate update, ClinicService service, CancellationToken ct) =>
            await service.UpdateLetterheadAsync(id, update.Template, ct) ? Results.NoContent() : Results.NotFound())
            .RequireAuthorization("ClinicPortal");

        clinics.MapPost("/{id:int}/password", async (int id, PasswordChange change, ClinicService service, CancellationToken ct) =>
            await service.ChangePasswordAsync(id, change, ct) ? Results.NoContent() : Results.BadRequest(new { error = "Current password is incorrect" }))
            .RequireAuthorization("ClinicPortal");

        clinics.MapPost("/{id:int}/invites", async (int id, InviteRequest request, ClinicService service, CancellationToken ct) =>
            Results.Ok(new { token = await service.CreateInviteAsync(id, request.Email, ct) }))
            .RequireAuthorization("ClinicPortal");

        clinics.MapPost("/{id:int}/samples/{sampleId:int}/documents", async (int id, int sampleId, IFormFile bundle, DocumentStore documents) =>
        {
            await using var stream = bundle.OpenReadStream();
            try
            {
                return Results.Ok(new { saved = documents.ImportClinicDocuments(id, sampleId, stream) });
            }
            catch (InvalidDataException ex)
            {
                return Results.BadRequest(new { error = ex.Message });
            }
        }).RequireAuthorization("ClinicPortal").DisableAntiforgery();

        app.MapPost("/api/portal/login", async (PortalLogin login, ClinicService service, HttpContext http, CancellationToken ct) =>
        {
            var result = await service.SignInAsync(login, ct);
            if (result is not { } signedIn)
            {
                return Results.Unauthorized();
            }

            var identity = new ClaimsIdentity(new[]
            {
                new Claim(ClaimTypes.Name, signedIn.Clinic.ContactEmail),
                new Claim("clinic_code", signedIn.Clinic.Code),
                new Claim("clinic_id", signedIn.Clinic.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim("clinic_group", signedIn.Clinic.Code),
            }, CookieAuthenticationDefaults.AuthenticationScheme);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.Ok(new { token = signedIn.Token });
        }).RequireCors("ClinicPortal");

        app.MapGet("/api/portal/me", ([FromHeader(Name = "Authorization")] string? authorization, TokenService tokens) =>
        {
            if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return Results.Unauthorized();
            }

            try
            {
                var principal = tokens.ValidatePortalToken(authorization["Bearer ".Length..].Trim());
                return Results.Ok(new
                {
                    clinicId = principal.FindFirstValue(ClaimTypes.NameIdentifier),
                    clinicCode = principal.FindFirstValue("clinic_code"),
                });
            }
            catch (SecurityTokenException)
            {
                return Results.Unauthorized();
            }
        }).RequireCors("ClinicPortal");
    }
}
