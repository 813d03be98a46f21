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

    // System.Linq.Dynamic.Core parses any string given to its operators
    public IActionResult Report([FromQuery] string filter, [FromQuery] string name)
    {
        // ruleid: trace.csharp.code-injection.tainted-eval
        var rows = _db.Products.AsNoTracking().Where(filter).ToList();
        // ok: trace.csharp.code-injection.tainted-eval
        var named = _db.Products.Where(p => p.Name == name).OrderBy(p => p.Name).ToList();
        return Ok(new { rows, named });
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

// a format check of a validation helper class, failed with an exit
public class DistrictController : ControllerBase
{
    private readonly XPathNavigator _rules = new XPathDocument("rules.xml").CreateNavigator();

    [HttpGet("{district}/setbacks")]
    public IActionResult Setbacks([FromRoute] string district)
    {
        if (!InputFormats.IsDistrictCode(district))
            return BadRequest();
        // ok: trace.csharp.xpath-injection.tainted-xpath
        return Ok(_rules.Evaluate("count(/zoning/district[@code='" + district + "']/setback)"));
    }

    [HttpGet("{district}/height")]
    public IActionResult Height([FromRoute] string district)
    {
        if (string.IsNullOrEmpty(district) || !InputFormats.IsDistrictCode(district))
            return BadRequest();
        // ok: trace.csharp.xpath-injection.tainted-xpath
        return Ok(_rules.Evaluate("/zoning/district[@code='" + district + "']/height"));
    }

    // a test that passes any text is no format check
    [HttpGet("{district}/zones")]
    public IActionResult Zones([FromRoute] string district)
    {
        if (!InputFormats.IsNullOrBlank(district))
            return BadRequest();
        // ruleid: trace.csharp.xpath-injection.tainted-xpath
        return Ok(_rules.Evaluate("/zoning/district[@code='" + district + "']/zone"));
    }

    // nor is an `Is...` method of an object not named for validation
    [HttpGet("{district}/owner")]
    public IActionResult Owner([FromRoute] string district)
    {
        if (!_ownership.IsAssigned(district))
            return NotFound();
        // ruleid: trace.csharp.xpath-injection.tainted-xpath
        return Ok(_rules.Evaluate("/zoning/district[@code='" + district + "']/owner"));
    }
}

// a source-generated regex guards only when it is anchored at both ends
public sealed partial class DeviceHub : Hub
{
    [GeneratedRegex(@"[a-z0-9][a-z0-9.-]*\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex LooseHost();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.-]*\.[a-z]{2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex StrictHost();

    public void PingLoose(string host)
    {
        if (!LooseHost().IsMatch(host))
            throw new HubException("bad host");
        // ruleid: trace.csharp.command-injection.tainted-process
        Process.Start("bash", "-c \"ping -c 1 " + host + "\"");
    }

    public void PingStrict(string host)
    {
        if (!StrictHost().IsMatch(host))
            throw new HubException("bad host");
        // ok: trace.csharp.command-injection.tainted-process
        Process.Start("bash", "-c \"ping -c 1 " + host + "\"");
    }

    public void PingStrictOr(string host)
    {
        if (host.Length > 253 || !StrictHost().IsMatch(host))
            throw new HubException("bad host");
        // ok: trace.csharp.command-injection.tainted-process
        Process.Start("bash", "-c \"ping -c 1 " + host + "\"");
    }
}
