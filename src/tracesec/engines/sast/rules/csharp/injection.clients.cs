// Flurl's fluent chains start from the URL string; Refit makes a client on a base address;
// GraphQL.NET hands a resolver its arguments; SqlKata writes raw clauses as they are
using Flurl.Http;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Mvc;
using Refit;
using SqlKata;

[ApiController]
public class HooksController : ControllerBase
{
    [HttpPost("/hooks/test")]
    public async Task<IActionResult> Test([FromBody] HookRequest hook)
    {
        // ruleid: trace.csharp.ssrf.tainted-url
        var sent = await hook.Target.WithTimeout(10).WithHeader("X-Event", "test").PostJsonAsync(new { ok = true });
        // ruleid: trace.csharp.ssrf.tainted-url
        var bytes = await hook.MediaUrl.GetBytesAsync();
        // ok: trace.csharp.ssrf.tainted-url
        var fixedCall = await "https://hooks.example.org".AppendPathSegment(hook.Name).GetStringAsync();
        // ruleid: trace.csharp.ssrf.tainted-url
        var api = RestService.For<IAccompanistApi>(hook.ServiceUrl);
        // ok: trace.csharp.ssrf.tainted-url
        var fixedApi = RestService.For<IAccompanistApi>("https://accompanists.example.org");
        return Ok(new { sent, bytes, fixedCall, api, fixedApi });
    }

    [HttpGet("/registrations")]
    public IActionResult Search([FromQuery] string q, [FromQuery] string sort)
    {
        var query = new Query("choirs");
        // ruleid: trace.csharp.sql-injection.tainted-query
        query.WhereRaw($"(name ILIKE '%{q}%')");
        // ok: trace.csharp.sql-injection.tainted-query
        query.WhereRaw("(name ILIKE ?)", $"%{q}%");
        // ruleid: trace.csharp.sql-injection.tainted-query
        query.OrderByRaw(sort + " desc");
        return Ok(query);
    }
}

public class FestivalQuery : ObjectGraphType
{
    public FestivalQuery(System.Data.IDbConnection db)
    {
        Field<StringGraphType>("setPieces")
            .Argument<StringGraphType>("composer")
            .Resolve(context =>
            {
                var composer = context.GetArgument<string>("composer");
                var limit = context.GetArgument<int>("limit");
                // ruleid: trace.csharp.sql-injection.tainted-query
                var cmd = new SqlCommand("SELECT * FROM pieces WHERE composer = '" + composer + "'");
                // ok: trace.csharp.sql-injection.tainted-query
                var top = new SqlCommand("SELECT TOP " + limit + " * FROM pieces");
                return cmd.CommandText + top.CommandText;
            });
    }
}
