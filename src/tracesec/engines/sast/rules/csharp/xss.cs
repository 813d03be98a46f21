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
