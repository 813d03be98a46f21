// The same flows in controller actions, whose parameters are request data (a service's
// parameters are followed from the controller that calls it by the engine, not by the rules).
using Microsoft.AspNetCore.Mvc;
using System.DirectoryServices;
using System.IO.Compression;
using System.Runtime.Serialization;
using System.Text.RegularExpressions;
using System.Xml.XPath;
using Dapper;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using MongoDB.Bson;
using RazorEngineCore;

public class AuditStoreController : ControllerBase
{
    public Task<List<BsonDocument>> Search(string filterJson)
    {
        // ruleid: trace.csharp.nosql-injection.tainted-mongo-query
        var filter = BsonDocument.Parse(filterJson);
        // ruleid: trace.csharp.nosql-injection.tainted-mongo-query
        var where = new BsonDocument("$where", $"this.operatorId == '{filterJson}'");
        // ok: trace.csharp.nosql-injection.tainted-mongo-query
        var typed = Builders<AuditEntry>.Filter.Eq(e => e.Sku, filterJson);
        // ok: trace.csharp.nosql-injection.tainted-mongo-query
        var fixedFilter = BsonDocument.Parse("{ \"type\": \"adjustment\" }");
        return _events.Find(filter).ToListAsync();
    }
}

public class BinRepositoryController : ControllerBase
{
    public IReadOnlyList<Bin> InZone(string zone, int page)
    {
        var sql = "SELECT * FROM bins WHERE zone = '" + zone + "'";
        // ruleid: trace.csharp.sql-injection.tainted-query
        var rows = connection.Query<Bin>(sql).ToList();
        // ok: trace.csharp.sql-injection.tainted-query
        var safe = connection.Query<Bin>("SELECT * FROM bins WHERE zone = @zone", new { zone }).ToList();
        // ruleid: trace.csharp.sql-injection.tainted-query
        var items = _db.Items.FromSqlRaw($"SELECT * FROM items WHERE sku LIKE '{zone}%'");
        // ok: trace.csharp.sql-injection.tainted-query
        var n = _db.Database.ExecuteSqlRawAsync("UPDATE receipts SET note = {0} WHERE id = {1}", zone, page);
        // ok: trace.csharp.sql-injection.tainted-query
        var one = _db.Items.FromSql($"SELECT * FROM items WHERE sku = {zone}");
        return rows;
    }

    private string Internal(string zone)
    {
        // ok: trace.csharp.sql-injection.tainted-query
        return connection.Query<string>("SELECT name FROM bins WHERE zone = '" + zone + "'").First();
    }
}

public class ReportServiceController : ControllerBase
{
    private static readonly IReadOnlyDictionary<string, string> Formulas = new Dictionary<string, string>();
    private readonly IRazorEngine _engine = new RazorEngine();

    public string Render(string templateSource, object model)
    {
        // ruleid: trace.csharp.template-injection.tainted-template
        var compiled = _engine.Compile(templateSource);
        // ok: trace.csharp.template-injection.tainted-template
        var builtIn = _engine.Compile("<h1>@Model.Title</h1>");
        return compiled.Run(model);
    }

    // RazorLight: a cache key first, the template text second
    public Task<string> Preview(string body, string draftId, NoticeModel model)
    {
        // ruleid: trace.csharp.template-injection.tainted-template
        var preview = _razorLight.CompileRenderStringAsync("draft", body, model);
        // ok: trace.csharp.template-injection.tainted-template
        return _razorLight.CompileRenderStringAsync(draftId, "<p>@Model.Title</p>", model);
    }

    public Task<decimal> Quote(string formula, string formulaName)
    {
        // ruleid: trace.csharp.code-injection.tainted-eval
        var a = CSharpScript.EvaluateAsync<decimal>(formula, Options, globals);
        var known = Formulas.ContainsKey(formulaName) ? Formulas[formulaName] : Formulas["standard"];
        // ok: trace.csharp.code-injection.tainted-eval
        var b = CSharpScript.EvaluateAsync<decimal>(known, Options, globals);
        // ruleid: trace.csharp.code-injection.tainted-eval
        var c = new DataTable().Compute(formula, "");
        // ok: trace.csharp.code-injection.tainted-eval
        var d = new DataTable().Compute("1 + 2", "");
        return a;
    }
}

public class StaffDirectoryController : ControllerBase
{
    public SearchResult Find(string login, string shift)
    {
        // ruleid: trace.csharp.ldap-injection.tainted-filter
        using var searcher = new DirectorySearcher(root, "(&(objectClass=user)(sAMAccountName=" + login + "))", Attributes);
        // ok: trace.csharp.ldap-injection.tainted-filter
        using var escaped = new DirectorySearcher(root, $"(&(objectClass=user)(dept={LdapFilter.Escape(shift)}))", Attributes);
        // ok: trace.csharp.ldap-injection.tainted-filter
        using var named = new DirectorySearcher(root, $"(&(objectClass=user)(uid={LdapFilter.EscapeValue(login)}))", Attributes);
        // ok: trace.csharp.ldap-injection.tainted-filter
        using var encoded = new DirectorySearcher(root, $"(&(objectClass=user)(uid={Encoder.LdapFilterEncode(login)}))", Attributes);
        // an XML escape leaves "*", "(" and ")" as they are
        // ruleid: trace.csharp.ldap-injection.tainted-filter
        using var xml = new DirectorySearcher(root, $"(&(objectClass=user)(uid={SecurityElement.Escape(login)}))", Attributes);
        return searcher.FindOne();
    }
}

public class ZoneLookupController : ControllerBase
{
    private static readonly Regex District = new("^[A-Z]{1,2}[0-9]{1,2}$");

    public string ForService(string serviceCode)
    {
        var navigator = _zones.CreateNavigator();
        // ruleid: trace.csharp.xpath-injection.tainted-xpath
        var node = navigator.SelectSingleNode($"/zones/service[@code='{serviceCode}']/@zone");
        return node?.Value;
    }

    public string ForPostcode(string postcode)
    {
        if (!District.IsMatch(postcode))
        {
            return null;
        }
        var navigator = _zones.CreateNavigator();
        // ok: trace.csharp.xpath-injection.tainted-xpath
        var node = navigator.SelectSingleNode($"/zones/district[@prefix='{postcode}']/@zone");
        return node?.Value;
    }
}

public class PrintServiceController : ControllerBase
{
    private readonly HashSet<string> _printers;

    public void Print(LabelJob job, string station)
    {
        // ruleid: trace.csharp.command-injection.tainted-process
        Process.Start("/bin/sh", $"-c \"lp -d {job.Printer}\"");
        var printer = _printers.Contains(station) ? station : "default";
        // ok: trace.csharp.command-injection.tainted-process
        Process.Start("/bin/sh", $"-c \"lp -d {printer}\"");
    }
}

public class ImporterController : ControllerBase
{
    public Envelope Read(Stream payload, IEnumerable<string> typeNames)
    {
        var known = typeNames.Select(n => Type.GetType(n)).ToList();
        // ruleid: trace.csharp.deserialization.type-from-input
        var a = new DataContractSerializer(typeof(Envelope), known).ReadObject(payload);
        // ok: trace.csharp.deserialization.type-from-input
        var b = new DataContractSerializer(typeof(Envelope)).ReadObject(payload);
        return (Envelope)a;
    }

    public int Extract(Stream zip, string destination)
    {
        using var archive = new ZipArchive(zip);
        foreach (var entry in archive.Entries)
        {
            var target = Path.Combine(destination, entry.FullName);
            // ruleid: trace.csharp.archive-extraction.zip-slip
            entry.ExtractToFile(target, overwrite: true);
        }
        foreach (var entry in archive.Entries)
        {
            var target = Path.GetFullPath(Path.Combine(destination, entry.FullName));
            if (!target.StartsWith(destination, StringComparison.Ordinal))
            {
                throw new InvalidDataException("escapes");
            }
            // ok: trace.csharp.archive-extraction.zip-slip
            entry.ExtractToFile(target, overwrite: true);
        }
        return 0;
    }
}

public class GatewayController : ControllerBase
{
    private readonly HttpClient _carriers;

    public async Task<string> Fetch(string trackingUrl)
    {
        // ruleid: trace.csharp.ssrf.tainted-url
        using var response = await _carriers.GetAsync(trackingUrl);
        var uri = _policy.RequireTrusted(trackingUrl);
        // ok: trace.csharp.ssrf.tainted-url
        using var checkedResponse = await _carriers.GetAsync(uri);
        return "";
    }

    // a request message with an initializer after its arguments
    public async Task Notify(string callbackUrl, string payload)
    {
        var uri = new Uri(callbackUrl, UriKind.Absolute);
        var content = new StringContent(payload);
        // ruleid: trace.csharp.ssrf.tainted-url
        var message = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
        // ok: trace.csharp.ssrf.tainted-url
        var fixedMessage = new HttpRequestMessage(HttpMethod.Post, "https://hooks.example.com/notify") { Content = content };
    }
}

// an allow-list object's own check, and values escaped for a URL component
public class BoundaryController : ControllerBase
{
    private readonly HostAllowList _boundaryHosts = new(Hosts);

    public async Task<string> Boundary(string providerUrl, string urn)
    {
        var provider = _boundaryHosts.Require(providerUrl);
        var query = $"?urn={Uri.EscapeDataString(urn)}";
        // ok: trace.csharp.ssrf.tainted-url
        using var response = await client.GetAsync(new Uri(provider, query));
        return "";
    }
}

public class TranscriptConsumer : IConsumer<TranscriptReceived>
{
    private readonly TranscriptParser _parser;

    public TranscriptConsumer(TranscriptParser parser) => _parser = parser;

    public Task Consume(ConsumeContext<TranscriptReceived> context)
    {
        // ok: trace.csharp.template-injection.tainted-template
        var transcript = _parser.Parse(context.Message.TranscriptXml);
        return Task.CompletedTask;
    }
}
