using Larderline.Contracts;
using Larderline.Domain;
using Larderline.Services;

namespace Larderline.Endpoints;

public static class DonationEndpoints
{
    public static IEndpointRouteBuilder MapDonationApi(this IEndpointRouteBuilder app)
    {
        var donations = app.MapGroup("/api/donations").RequireAuthorization().WithTags("Donations");

        donations.MapGet("/shelved/{category}", async (string category, DonationIntakeService intake, CancellationToken ct) =>
        {
            var items = await intake.ShelvedByCategoryAsync(category, ct);
            return Results.Ok(items.Select(d => new DonationListItem(d.Id, d.DonorName, d.Category, d.Quantity, d.WeightKg, d.ReceivedAt, d.Status)));
        });

        donations.MapPost("/", async (QuickIntakeRequest request, DonationIntakeService intake, HttpContext http, CancellationToken ct) =>
        {
            if (request.Quantity <= 0 || string.IsNullOrWhiteSpace(request.DonorName))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["request"] = ["Donor and a positive quantity are required."] });
            }
            var donation = await intake.RecordQuickAsync(request, http.User.Identity?.Name ?? "api", ct);
            return Results.Created($"/donations/{donation.Id}", new { donation.Id });
        });

        var stores = app.MapGroup("/api/stores").RequireAuthorization().WithTags("Stores");

        stores.MapGet("/{code}", (string code, DonationIntakeService intake) =>
            intake.FindStore(code) is { } store
                ? Results.Ok(new { store.Code, store.Name, store.Chain, store.Region })
                : Results.NotFound());

        stores.MapGet("/branches/{branchCode}", (string branchCode, DonationIntakeService intake) =>
            intake.FindStoreByBranch(branchCode) is { } store
                ? Results.Ok(new { store.Code, store.Name, store.Chain, store.Region })
                : Results.NotFound());

        return app;
    }
}
