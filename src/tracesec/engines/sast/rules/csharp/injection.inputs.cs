// Handler inputs of frameworks no rule names one by one (inputs/csharp.yaml), through the SQL
// and command rules
using System.Diagnostics;
using Dapper;
using FastEndpoints;
using HotChocolate.Types;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Data.SqlClient;
using Nancy;
using ServiceStack;

public class BerthSearchEndpoint : Endpoint<BerthSearchRequest, List<Berth>>
{
    private readonly SqlConnection _db;

    public BerthSearchEndpoint(SqlConnection db) => _db = db;

    public override async Task HandleAsync(BerthSearchRequest req, CancellationToken ct)
    {
        // ruleid: trace.csharp.sql-injection.tainted-query
        var rows = await _db.QueryAsync<Berth>("SELECT * FROM Berths WHERE Pier = '" + req.Pier + "'");
        // ok: trace.csharp.sql-injection.tainted-query
        var same = await _db.QueryAsync<Berth>("SELECT * FROM Berths WHERE Pier = @Pier", new { req.Pier });
        await SendAsync(rows.ToList(), cancellation: ct);
    }
}

public class LeaseServices : Service
{
    public SqlConnection Db { get; set; }

    public object Any(FindLeases request)
    {
        // ruleid: trace.csharp.sql-injection.tainted-query
        return Db.Query<Lease>($"SELECT * FROM Leases WHERE Holder = '{request.Holder}'");
    }

    public object Get(LeaseById request, int page)
    {
        // ok: trace.csharp.sql-injection.tainted-query
        return Db.Query<Lease>($"SELECT * FROM Leases ORDER BY Id OFFSET {page * 20} ROWS");
    }
}

[QueryType]
public class WorkOrderQueries
{
    public IEnumerable<WorkOrder> ByHull(string hull, [Service] SqlConnection db)
    {
        // ruleid: trace.csharp.sql-injection.tainted-query
        return db.Query<WorkOrder>("SELECT * FROM WorkOrders WHERE Hull = '" + hull + "'");
    }
}

public class InvoiceFunctions
{
    [Function("Invoice")]
    public async Task<HttpResponseData> Run([HttpTrigger(AuthorizationLevel.Function, "post")] HttpRequestData req)
    {
        var body = await req.ReadAsStringAsync();
        // ruleid: trace.csharp.command-injection.tainted-process
        Process.Start("/bin/sh", "-c \"print-invoice " + body + "\"");
        return req.CreateResponse();
    }

    [Function("Reminders")]
    public void Remind([QueueTrigger("reminders")] string boat)
    {
        // ruleid: trace.csharp.command-injection.tainted-process
        Process.Start("/bin/sh", "-c \"remind " + boat + "\"");
    }
}

public class MooringModule : NancyModule
{
    public MooringModule(SqlConnection db)
    {
        Get("/moorings/{pontoon}", args =>
        {
            string pontoon = args.pontoon;
            // ruleid: trace.csharp.sql-injection.tainted-query
            return db.Query<Mooring>("SELECT * FROM Moorings WHERE Pontoon = '" + pontoon + "'");
        });
    }
}

public class MaintenanceCalendar
{
    // a plain class's public method: its caller's values, not a request's
    public IEnumerable<WorkOrder> Due(SqlConnection db, string hull)
    {
        // ok: trace.csharp.sql-injection.tainted-query
        return db.Query<WorkOrder>("SELECT * FROM WorkOrders WHERE Hull = '" + hull + "'");
    }
}

// A message handler's message (Wolverine's convention, NServiceBus, MediatR)
public record ReportRequested(int CalloutId, string Title);

public static class ReportRequestedHandler
{
    public static async Task Handle(ReportRequested message, SqlConnection db, CancellationToken ct)
    {
        // ruleid: trace.csharp.sql-injection.tainted-query
        await db.QueryAsync<Report>("SELECT * FROM Reports WHERE Title = '" + message.Title + "'");
        // ok: trace.csharp.sql-injection.tainted-query
        await db.QueryAsync<Report>("SELECT * FROM Reports WHERE Title = @title", new { title = message.Title });
    }
}

public class RenameHullHandler : IRequestHandler<RenameHull, Unit>
{
    private readonly SqlConnection _db;

    public async Task<Unit> Handle(RenameHull request, CancellationToken ct)
    {
        // ruleid: trace.csharp.sql-injection.tainted-query
        await _db.ExecuteAsync("UPDATE Hulls SET Name = '" + request.Name + "'");
        return Unit.Value;
    }

    // not the handler's entry point: its caller's values
    public async Task Rename(RenameHull request)
    {
        // ok: trace.csharp.sql-injection.tainted-query
        await _db.ExecuteAsync("UPDATE Hulls SET Name = '" + request.Name + "'");
    }
}
