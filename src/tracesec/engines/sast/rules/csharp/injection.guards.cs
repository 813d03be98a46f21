using System.Diagnostics;
using System.IO.Compression;
using System.Linq.Dynamic.Core;
using System.Xml;
using System.Xml.XPath;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;

[ApiController]
public class SessionController : ControllerBase
{
    // an allow-list check among other conditions that must all hold picks the value
    public IActionResult Complete([FromQuery] string? next)
    {
        var target = next is not null && Url.IsLocalUrl(next) ? next : "/home";
        // ok: trace.csharp.open-redirect.tainted-redirect
        return Redirect(target);
    }

    public IActionResult CompleteFirst([FromQuery] string? next)
    {
        var target = Url.IsLocalUrl(next) && next.Length < 200 ? next : "/home";
        // ok: trace.csharp.open-redirect.tainted-redirect
        return Redirect(target);
    }

    public IActionResult CompleteEither([FromQuery] string? next)
    {
        var target = next is not null || Url.IsLocalUrl(next) ? next : "/home";
        // ruleid: trace.csharp.open-redirect.tainted-redirect
        return Redirect(target);
    }

    public IActionResult CompleteNegated([FromQuery] string? next)
    {
        var target = next is not null && !Url.IsLocalUrl(next) ? next : "/home";
        // ruleid: trace.csharp.open-redirect.tainted-redirect
        return Redirect(target);
    }
}

public class ManifestController : Controller
{
    private readonly XmlDocument _manifest = new XmlDocument();

    // a validator called for its exception
    public IActionResult ForRma(string rmaNumber)
    {
        RmaNumber.EnsureValid(rmaNumber);
        // ok: trace.csharp.xpath-injection.tainted-xpath
        var nodes = _manifest.SelectNodes($"/manifest/shipment[@rma='{rmaNumber}']");
        return Ok(nodes);
    }

    public IActionResult ForRmaChecked(string rmaNumber)
    {
        var valid = RmaNumber.EnsureValid(rmaNumber);
        // ok: trace.csharp.xpath-injection.tainted-xpath
        var nodes = _manifest.SelectNodes($"/manifest/shipment[@rma='{valid}']");
        return Ok(nodes);
    }

    public IActionResult ForRmaLate(string rmaNumber)
    {
        // ruleid: trace.csharp.xpath-injection.tainted-xpath
        var nodes = _manifest.SelectNodes($"/manifest/shipment[@rma='{rmaNumber}']");
        RmaNumber.EnsureValid(rmaNumber);
        return Ok(nodes);
    }

    public IActionResult ForRmaSometimes(string rmaNumber, string carrier)
    {
        if (carrier == "shipfast") { RmaNumber.EnsureValid(rmaNumber); }
        // ruleid: trace.csharp.xpath-injection.tainted-xpath
        var nodes = _manifest.SelectNodes($"/manifest/shipment[@rma='{rmaNumber}']");
        return Ok(nodes);
    }

    public IActionResult ForRmaOther(string rmaNumber, string carrier)
    {
        Carriers.EnsureKnown(carrier);
        // ruleid: trace.csharp.xpath-injection.tainted-xpath
        var nodes = _manifest.SelectNodes($"/manifest/shipment[@rma='{rmaNumber}']");
        return Ok(nodes);
    }

    public IActionResult Extract(string destination, IFormFile bundle)
    {
        using var archive = new ZipArchive(bundle.OpenReadStream());
        foreach (var entry in archive.Entries)
        {
            var target = Path.Combine(destination, entry.FullName);
            PathGuard.EnsureInside(destination, target);
            // ok: trace.csharp.archive-extraction.zip-slip
            entry.ExtractToFile(target, overwrite: true);
        }
        return Ok();
    }

    public IActionResult ExtractThenCheck(string destination, IFormFile bundle)
    {
        using var archive = new ZipArchive(bundle.OpenReadStream());
        foreach (var entry in archive.Entries)
        {
            var target = Path.Combine(destination, entry.FullName);
            // ruleid: trace.csharp.archive-extraction.zip-slip
            entry.ExtractToFile(target, overwrite: true);
            PathGuard.EnsureInside(destination, target);
        }
        return Ok();
    }

    // an XPath location path is XPath injection, not a dynamic LINQ expression
    public IActionResult Shipment(string tracking)
    {
        var navigator = _manifest.CreateNavigator();
        // (no code-injection finding: any finding on this line but the XPath one fails the test)
        // ruleid: trace.csharp.xpath-injection.tainted-xpath
        var matches = navigator.Select("/manifest/shipment[@tracking='" + tracking + "']");
        return Ok(matches);
    }

    public IActionResult Search(string name)
    {
        // ruleid: trace.csharp.code-injection.tainted-eval
        var rows = _db.Products.AsQueryable().Where("Name == \"" + name + "\"");
        return Ok(rows);
    }
}

// a SignalR hub's methods are called by its clients with their own arguments
public sealed class DockHub : Hub
{
    public async Task Reprint(string station, int copies)
    {
        // ruleid: trace.csharp.command-injection.tainted-process
        Process.Start("cmd.exe", "/c zplsend.exe /station:" + station);
        // ok: trace.csharp.command-injection.tainted-process
        Process.Start("zplsend.exe", "/copies:" + copies);
        await Clients.Caller.SendAsync("queued");
    }
}

public sealed class StatusHub : Hub<IStatusClient>
{
    public Task Join(string group)
    {
        // ruleid: trace.csharp.path-traversal.tainted-file-path
        var motd = File.ReadAllText(Path.Combine("/srv/motd", group));
        return Clients.Caller.Motd(motd);
    }
}

// not a hub: a service's parameters are request data only where a caller passes it
public sealed class DockService
{
    public void Reprint(string station)
    {
        // ok: trace.csharp.command-injection.tainted-process
        Process.Start("cmd.exe", "/c zplsend.exe /station:" + station);
    }
}

public static class GuardedEndpoints
{
    public static void Map(WebApplication app)
    {
        // a call on the endpoint the handler builds is no validator of the handler's values
        // ruleid: trace.csharp.command-injection.tainted-process
        app.MapGet("/ping", (string host) => Process.Start("ping", "-c 1 " + host)).RequireAuthorization("staff");
    }
}

public class ReportController : Controller
{
    public async Task<IActionResult> Export(string title)
    {
        // ruleid: trace.csharp.command-injection.tainted-process
        var psi = new ProcessStartInfo("/bin/sh", $"-c \"wkhtmltopdf --title '{title}' in.html out.pdf\"")
        { RedirectStandardError = true, UseShellExecute = false };
        // ok: trace.csharp.command-injection.tainted-process
        using var proc = Process.Start(psi);
        // ok: trace.csharp.command-injection.tainted-process
        var fixedPsi = new ProcessStartInfo("/usr/bin/wkhtmltopdf", "in.html out.pdf") { UseShellExecute = false };
        return Ok();
    }
}

// a ternary guard around the use, containment helpers
public class SchoolsController : Controller
{
    public IActionResult Snapshot([FromQuery] string? returnUrl)
    {
        // ok: trace.csharp.open-redirect.tainted-redirect
        return Url.IsLocalUrl(returnUrl) ? Redirect(returnUrl) : RedirectToAction(nameof(Index));
    }
}

public class EvidenceController : ControllerBase
{
    public FileStream Supporting(string relativePath)
    {
        var path = PathGuard.ResolveUnder(Root, relativePath);
        // ok: trace.csharp.path-traversal.tainted-file-path
        return new FileStream(path, FileMode.Open);
    }

    public async Task Transcript(string relativeName, Stream content)
    {
        var fullPath = Path.GetFullPath(Path.Combine(Root, relativeName));
        if (!PathGuard.IsUnder(Root, fullPath))
            throw new UnauthorizedAccessException("rejected");
        // ok: trace.csharp.path-traversal.tainted-file-path
        File.Delete(fullPath);
    }
}
