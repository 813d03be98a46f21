using HotChocolate;
using System.Security.Claims;
using Quayside.Api.Security;
using Quayside.Api.Services;

namespace Quayside.Api.GraphQL;

public sealed record FareRuleInput(string Name, string RouteCode, string Expression);

public sealed record FareRulePayload(int Id, string Name, string RouteCode);

public sealed class QuaysideMutation
{
    public async Task<FareRulePayload> UpsertFareRule(FareRuleInput input, ClaimsPrincipal user, [Service] FareCalculator fares, CancellationToken ct)
    {
        if (!InputRules.IsRouteCode(input.RouteCode))
        {
            throw new GraphQLException("Route code must look like 'POR-CHB'.");
        }

        if (string.IsNullOrWhiteSpace(input.Expression) || input.Expression.Length > 2000)
        {
            throw new GraphQLException("Fare rule expression must be between 1 and 2000 characters.");
        }

        var id = await fares.UpsertRuleAsync(input.Name.Trim(), input.RouteCode, input.Expression, user.Identity?.Name ?? "unknown", ct);
        return new FareRulePayload(id, input.Name, input.RouteCode);
    }

    public Task<string> PreviewNotification(string template, [Service] NotificationTemplateRenderer renderer)
    {
        var sample = new BoardingPassModel
        {
            Reference = "QX7K2M",
            PassengerName = "Alex Sample",
            RouteCode = "POR-CHB",
            Vessel = "MV Harbour Star",
            DeparturePort = "Portsmouth",
            ArrivalPort = "Cherbourg",
            DepartsAt = DateTimeOffset.UtcNow.AddDays(3),
            FareClass = "Car",
            Passengers = 2,
            VehicleRegistration = "AB12CDE",
            Barcode = "QX7K2M",
        };

        return renderer.PreviewAsync(template, sample);
    }

    public Task<IReadOnlyList<TimetableRow>> ImportTimetable(string sourceUrl, [Service] TimetableImporter importer, CancellationToken ct) =>
        importer.ImportFromUrlAsync(sourceUrl.Trim(), ct);
}
