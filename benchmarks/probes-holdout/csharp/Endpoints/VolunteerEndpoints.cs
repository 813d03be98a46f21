using Larderline.Services;

namespace Larderline.Endpoints;

public static class VolunteerEndpoints
{
    public static IEndpointRouteBuilder MapVolunteerApi(this IEndpointRouteBuilder app)
    {
        var volunteers = app.MapGroup("/api/volunteers").RequireAuthorization("Coordinators").WithTags("Volunteers");

        volunteers.MapGet("/", async (string? site, string? sort, bool? desc, VolunteerService service, CancellationToken ct) =>
            Results.Ok(await service.ListAsync(site, sort, desc ?? false, ct)));

        volunteers.MapGet("/by-email", async (string email, VolunteerService service, CancellationToken ct) =>
            await service.FindByEmailAsync(email, ct) is { } found ? Results.Ok(found) : Results.NotFound());

        volunteers.MapPost("/invites", async (InviteRequest request, VolunteerService service, IConfiguration config, CancellationToken ct) =>
        {
            var baseUrl = config["PublicBaseUrl"] ?? "https://larderline.org";
            var invite = await service.CreateInviteAsync(request.Email, baseUrl, ct);
            return Results.Created($"/api/volunteers/{invite.VolunteerId}", invite);
        });

        return app;
    }

    public sealed record InviteRequest(string Email);
}
