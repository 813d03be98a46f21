using Carter;
using Hangfire;
using Kilnworks.Data;
using Kilnworks.Domain;
using Kilnworks.Jobs;

namespace Kilnworks.Modules;

public sealed class ReportModule : ICarterModule
{
    public sealed record SaveReportRequest(string Title, string FilterExpression, string Recipient);

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").RequireAuthorization("staff").WithTags("Reports");

        reports.MapPost("/", async (SaveReportRequest request, HttpContext http, SavedReportRepository repository, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.FilterExpression) || request.FilterExpression.Contains(';'))
            {
                return Results.BadRequest(new { error = "Filter must be a single condition." });
            }
            var id = await repository.SaveAsync(new SavedReport
            {
                OwnerId = http.User.MemberId(),
                Title = request.Title,
                FilterExpression = request.FilterExpression,
                Recipient = request.Recipient
            }, ct);
            return Results.Created($"/api/reports/{id}", new { id });
        });

        reports.MapGet("/kilns/{kilnId:int}", async (int kilnId, int? days, SavedReportRepository repository, CancellationToken ct) =>
            Results.Ok(await repository.RunForKilnAsync(kilnId, days ?? 30, ct)));

        reports.MapPost("/run-now", (IBackgroundJobClient jobs) =>
        {
            var jobId = jobs.Enqueue<NightlyReportJob>(job => job.RunAsync(CancellationToken.None));
            return Results.Accepted(value: new { jobId });
        });

        reports.MapPost("/notify-unloaded/{firingId:long}", (long firingId, IBackgroundJobClient jobs) =>
        {
            var jobId = jobs.Enqueue<WebhookDispatchJob>(job => job.NotifyFiringUnloadedAsync(firingId, CancellationToken.None));
            return Results.Accepted(value: new { jobId });
        });
    }
}
