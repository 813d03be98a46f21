using System.DirectoryServices.Protocols;
using Dapper;
using Grpc.Core;
using Jint;
using Microsoft.AspNetCore.Mvc;
using MongoDB.Bson;

// minimal APIs whose handlers are methods named in the mapping
public static class QuoteEndpoints
{
    private static async Task<IResult> RunAsync(ScriptRequest request, QuoteService quotes, CancellationToken ct)
    {
        var engine = new Engine(options => options.AllowClr());
        // ruleid: trace.csharp.code-injection.tainted-eval
        return Results.Ok(engine.Evaluate(request.Formula).AsNumber());
    }

    public static RouteGroupBuilder MapQuoteEndpoints(this RouteGroupBuilder api)
    {
        var quotes = api.MapGroup("/quotes").RequireAuthorization();
        quotes.MapPost("/run", RunAsync);
        quotes.MapPost("/preview", PreviewAsync).AddEndpointFilter<ValidationFilter>();
        quotes.MapGet("/ledger", LedgerAsync);
        return quotes;
    }

    private static IResult PreviewAsync(ScriptRequest request, IDbConnection db) =>
        // ruleid: trace.csharp.sql-injection.tainted-query
        Results.Ok(db.Query<Quote>("SELECT * FROM quotes WHERE product = '" + request.Product + "'"));

    private static IResult LedgerAsync(int page, HtmlEncoder encoder, IDbConnection db) =>
        // ok: trace.csharp.sql-injection.tainted-query
        Results.Ok(db.Query<Quote>("SELECT * FROM quotes ORDER BY id OFFSET " + page * 50 + " ROWS " + encoder.Encode("x")));

    // named nowhere in a mapping: not a handler
    private static IResult Unmapped(ScriptRequest request, IDbConnection db) =>
        // ok: trace.csharp.sql-injection.tainted-query
        Results.Ok(db.Query<Quote>("SELECT * FROM quotes WHERE product = '" + request.Product + "'"));
}

// a gRPC service: the request message comes from any client
public sealed class AuditGrpcService : AuditDesk.AuditDeskBase
{
    private readonly IMongoCollection<AuditEntry> _entries;

    public override async Task<AuditReply> Search(SearchRequest request, ServerCallContext context)
    {
        // ruleid: trace.csharp.nosql-injection.tainted-mongo-query
        var found = await _entries.Find(new BsonDocument("$where", "this.Details.indexOf('" + request.Term + "') >= 0")).ToListAsync();
        // ok: trace.csharp.nosql-injection.tainted-mongo-query
        var byRef = await _entries.Find(Builders<AuditEntry>.Filter.Eq(e => e.Reference, request.Term)).ToListAsync();
        return new AuditReply();
    }

    public override async Task Follow(IAsyncStreamReader<FollowRequest> requestStream, IServerStreamWriter<AuditReply> responseStream, ServerCallContext context)
    {
        await foreach (var message in requestStream.ReadAllAsync())
        {
            // ruleid: trace.csharp.nosql-injection.tainted-mongo-query
            var doc = BsonDocument.Parse("{ \"Actor\": \"" + message.Actor + "\" }");
        }
    }

    // not a gRPC method: no ServerCallContext
    private static BsonDocument Filter(string term) =>
        // ok: trace.csharp.nosql-injection.tainted-mongo-query
        BsonDocument.Parse("{ \"Actor\": \"" + term + "\" }");
}

public class SearchController : Controller
{
    private readonly IDbConnection _db;
    private readonly HttpClient _http;

    // clauses added to a list and joined
    public IActionResult Audit(string actor)
    {
        var clauses = new List<string>();
        clauses.Add($"\"Actor\": \"{actor}\"");
        var json = "{ " + string.Join(", ", clauses) + " }";
        // ruleid: trace.csharp.nosql-injection.tainted-mongo-query
        var filter = BsonDocument.Parse(json);
        var fixedClauses = new List<string>();
        fixedClauses.Add("\"Actor\": \"system\"");
        // ok: trace.csharp.nosql-injection.tainted-mongo-query
        var fixedFilter = BsonDocument.Parse("{ " + string.Join(", ", fixedClauses) + " }");
        return Ok();
    }

    // a Dapper CommandDefinition: its text is the query, its parameter object is not
    public async Task<IActionResult> Policies(string lastName, string email)
    {
        // ok: trace.csharp.sql-injection.tainted-query
        var rows = await _db.QueryAsync<Policy>(new CommandDefinition("SELECT * FROM policies WHERE last_name LIKE @Pattern", new { Pattern = lastName + "%" }));
        // ruleid: trace.csharp.sql-injection.tainted-query
        var one = await _db.QueryAsync<Policy>(new CommandDefinition($"SELECT * FROM policies WHERE email = '{email}'", new { }));
        return Ok();
    }

    // a URL parsed into an out variable keeps the text's taint; a scheme check is no host check
    public async Task<IActionResult> Webhook(string callbackUrl)
    {
        if (!Uri.TryCreate(callbackUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return BadRequest();
        }
        // ruleid: trace.csharp.ssrf.tainted-url
        using var response = await _http.PostAsJsonAsync(uri, new { ping = true });
        return Ok();
    }

    // a search request with an initializer after its arguments
    public IActionResult People(string q, LdapConnection connection)
    {
        var filter = $"(&(objectClass=user)(cn=*{q}*))";
        // ruleid: trace.csharp.ldap-injection.tainted-filter
        var response = connection.SendRequest(new SearchRequest("dc=example,dc=com", filter, SearchScope.Subtree) { SizeLimit = 25 });
        // ok: trace.csharp.ldap-injection.tainted-filter
        var fixedResponse = connection.SendRequest(new SearchRequest("dc=example,dc=com", "(objectClass=user)", SearchScope.Subtree) { SizeLimit = 25 });
        return Ok();
    }
}
