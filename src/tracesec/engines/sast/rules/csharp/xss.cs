using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;

public class GreetController : Controller
{
    public IActionResult Hello()
    {
        // ruleid: trace.csharp.xss.tainted-content
        return Content("<h1>Hello " + Request.Query["name"] + "</h1>", "text/html");
    }

    public IActionResult HelloSafe()
    {
        // ok: trace.csharp.xss.tainted-content
        return Content("<h1>Hello " + HtmlEncoder.Default.Encode(Request.Query["name"]) + "</h1>", "text/html");
    }

    public IActionResult HelloText()
    {
        // ok: trace.csharp.xss.tainted-content
        return Content("Hello " + Request.Query["name"], "text/plain");
    }
}

[ApiController]
public class LabelController : ControllerBase
{
    public IActionResult Preview([FromQuery] string? note)
    {
        // ruleid: trace.csharp.xss.tainted-content
        return Content($"<p>{note}</p>", "text/html");
    }

    public IActionResult PreviewCount([FromQuery] string? note)
    {
        // ok: trace.csharp.xss.tainted-content
        return Content($"<p>{note.Length}</p>", "text/html");
    }

    public IActionResult Card([FromForm] string message, [FromForm] string recipient)
    {
        var html = _templates.RenderGiftCard(message, new { recipient });
        // ok: trace.csharp.xss.tainted-content
        return Content(html, "text/html");
    }

    public IActionResult CardRaw([FromForm] string message, [FromForm] string recipient)
    {
        var html = message.Replace("{name}", recipient);
        // ruleid: trace.csharp.xss.tainted-content
        return Content(html, "text/html");
    }

    public async Task Card(string? note)
    {
        await LabelWriter.WriteAsync(Response, note);
        // ruleid: trace.csharp.xss.tainted-content
        await HttpContext.Response.WriteAsync($"<p>{note}</p>");
    }
}

public static class LabelWriter
{
    public static async Task WriteAsync(HttpResponse response, string? consignee, HttpContext context)
    {
        response.ContentType = "text/html; charset=utf-8";
        // ruleid: trace.csharp.xss.tainted-content
        await response.WriteAsync($"<p>{context.Request.Query["note"]}</p>");
        // ok: trace.csharp.xss.tainted-content
        await response.WriteAsync($"<p>{HtmlEncoder.Default.Encode(context.Request.Query["note"])}</p>");
        // ok: trace.csharp.xss.tainted-content
        await response.WriteAsync($"<p>{consignee}</p>");
    }
}

public static class ConfirmationEndpoints
{
    public static void Map(WebApplication app)
    {
        // ruleid: trace.csharp.xss.tainted-content
        app.MapGet("/apply/confirmation", ([FromQuery] string child) => Results.Content(Snippets.Received(child), "text/html"));
        // ok: trace.csharp.xss.tainted-content
        app.MapGet("/apply/json", ([FromQuery] string child) => Results.Content(Snippets.Received(child), "application/json"));
        app.MapGet("/apply/receipt", ([FromQuery] string? note) =>
        {
            var encoder = HtmlEncoder.Default;
            var body = $"<p class=\"note\">{encoder.Encode(note ?? "")}</p>";
            // ok: trace.csharp.xss.tainted-content
            return Results.Content(Snippets.Page(body), "text/html");
        });
    }
}

// a value checked by a validation helper, with an exit, and what is looked up with it
[ApiController]
public class StatementController : ControllerBase
{
    public async Task<IActionResult> Statement([FromRoute] string account, [FromQuery] string? attention)
    {
        if (!InputFormats.IsAccountNumber(account))
            return NotFound();
        var balance = await _ledger.BalanceAsync(account);
        // ok: trace.csharp.xss.tainted-content
        return Content($"<h1>{account}</h1><p>{HtmlEncoder.Default.Encode(attention ?? "")}</p><p>{balance:C}</p>", "text/html");
    }

    public IActionResult Receipt([FromRoute] string account, [FromQuery] string payer)
    {
        if (!InputFormats.IsAccountNumber(account))
            return NotFound();
        // ruleid: trace.csharp.xss.tainted-content
        return Content($"<h1>{account}</h1><p>Paid by {payer}</p>", "text/html");
    }

    public IActionResult Unchecked([FromRoute] string account)
    {
        if (string.IsNullOrEmpty(account))
            return NotFound();
        // ruleid: trace.csharp.xss.tainted-content
        return Content($"<h1>{account}</h1>", "text/html");
    }
}

// HTML encoding is no defence for a URL attribute: `javascript:` passes it
public static class ReceiptEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/receipt", Receipt);
        app.MapGet("/card", Card);
    }

    private static IResult Receipt([FromQuery] string? back)
    {
        var html = $"<p><a class=\"button\" href=\"{WebUtility.HtmlEncode(back)}\">Return</a></p>";
        // ruleid: trace.csharp.xss.tainted-content
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static IResult Card(string? greeting)
    {
        var html = $"<p title=\"{WebUtility.HtmlEncode(greeting)}\">Hi {WebUtility.HtmlEncode(greeting)}</p>";
        // ok: trace.csharp.xss.tainted-content
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
