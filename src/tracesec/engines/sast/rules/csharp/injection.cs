using System;
using System.Data.SqlClient;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using System.Runtime.Serialization.Formatters.Binary;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

public class InvoiceController : Controller
{
    private static readonly Regex SafeId = new Regex("^[0-9a-f]{8}$");
    private readonly SqlConnection conn;
    private readonly AppDb db;

    public IActionResult Show(string id)
    {
        // ruleid: trace.csharp.sql-injection.tainted-query
        var cmd = new SqlCommand("SELECT * FROM invoices WHERE id = '" + id + "'", conn);
        // ok: trace.csharp.sql-injection.tainted-query
        var cmd2 = new SqlCommand("SELECT * FROM invoices WHERE id = @id", conn);
        cmd2.Parameters.AddWithValue("@id", id);
        // ruleid: trace.csharp.sql-injection.tainted-query
        var rows = db.Invoices.FromSqlRaw($"SELECT * FROM invoices WHERE owner = '{Request.Query["owner"]}'");
        // ok: trace.csharp.sql-injection.tainted-query
        var one = db.Invoices.FromSqlRaw("SELECT * FROM invoices WHERE id = " + int.Parse(id));
        return View(rows);
    }

    private static readonly Dictionary<string, string> SortColumns = new() { ["date"] = "issued_at", ["total"] = "total_cents" };

    public IActionResult Sorted(string sort)
    {
        var column = SortColumns.GetValueOrDefault(sort, "issued_at");
        // ok: trace.csharp.sql-injection.tainted-query
        var listed = db.Invoices.FromSqlRaw("SELECT * FROM invoices ORDER BY " + column);
        // the key as its own default passes an unknown key through
        var passedThrough = SortColumns.GetValueOrDefault(sort, sort);
        // ruleid: trace.csharp.sql-injection.tainted-query
        var raw = db.Invoices.FromSqlRaw("SELECT * FROM invoices ORDER BY " + passedThrough);
        var orDefault = SortColumns.GetValueOrDefault(sort ?? "date", sort ?? "issued_at");
        // ruleid: trace.csharp.sql-injection.tainted-query
        var raw2 = db.Invoices.FromSqlRaw("SELECT * FROM invoices ORDER BY " + orDefault);
        return View(listed);
    }

    public IActionResult Guarded(string code)
    {
        if (!SafeId.IsMatch(code))
        {
            return BadRequest();
        }
        // ok: trace.csharp.sql-injection.tainted-query
        var cmd = new SqlCommand("SELECT * FROM codes WHERE code = '" + code + "'", conn);
        return Ok();
    }

    public IActionResult Ping(string host)
    {
        // ruleid: trace.csharp.command-injection.tainted-process
        Process.Start("/bin/sh", "-c \"ping -c 1 " + host + "\"");
        // ok: trace.csharp.command-injection.tainted-process
        Process.Start("/usr/bin/uptime");
        return Ok();
    }

    public IActionResult Download(string name)
    {
        // ruleid: trace.csharp.path-traversal.tainted-file-path
        var bytes = System.IO.File.ReadAllBytes(Path.Combine("/srv/files", name));
        // ok: trace.csharp.path-traversal.tainted-file-path
        var safe = System.IO.File.ReadAllBytes(Path.Combine("/srv/files", Path.GetFileName(name)));
        var full = Path.GetFullPath(Path.Combine("/srv/files", name));
        if (!full.StartsWith("/srv/files/"))
        {
            return NotFound();
        }
        // ok: trace.csharp.path-traversal.tainted-file-path
        var checkedBytes = System.IO.File.ReadAllBytes(full);
        return File(bytes, "application/octet-stream");
    }

    public IActionResult Login(string returnUrl)
    {
        if (Url.IsLocalUrl(returnUrl))
        {
            // ok: trace.csharp.open-redirect.tainted-redirect
            return Redirect(returnUrl);
        }
        // ruleid: trace.csharp.open-redirect.tainted-redirect
        return Redirect(returnUrl);
    }

    public IActionResult StandDown(StandDownRequest request)
    {
        if (!string.IsNullOrEmpty(request.ReturnTo) && Url.IsLocalUrl(request.ReturnTo))
        {
            // ok: trace.csharp.open-redirect.tainted-redirect
            return Redirect(request.ReturnTo);
        }
        if (!string.IsNullOrEmpty(request.Next) || Url.IsLocalUrl(request.Next))
        {
            // ruleid: trace.csharp.open-redirect.tainted-redirect
            return Redirect(request.Next);
        }
        return Redirect("/");
    }

}

public class ProductsController : Controller
{
    private readonly AppDb _context;
    private readonly HttpClient _httpClient = new HttpClient();
    private readonly ProductRepository _repository;

    // EF Core 2: FromSql runs a string variable as raw SQL
    public IActionResult Search(string keyword)
    {
        var query = $"SELECT * FROM Products WHERE name LIKE '%{keyword}%'";
        // ruleid: trace.csharp.sql-injection.tainted-query
        var products = _context.Products.FromSql(query).ToList();
        // ok: trace.csharp.sql-injection.tainted-query
        var same = _context.Products.FromSql($"SELECT * FROM Products WHERE name = {keyword}").ToList();
        FormattableString byName = $"SELECT * FROM Products WHERE name = {keyword}";
        // ok: trace.csharp.sql-injection.tainted-query
        var kept = _context.Products.FromSql(byName).ToList();
        return Ok(products);
    }

    public async Task<IActionResult> Preview(string url)
    {
        // ruleid: trace.csharp.ssrf.tainted-url
        var page = await _httpClient.GetStringAsync(url);
        // ruleid: trace.csharp.ssrf.tainted-url
        var body = await new WebClient().DownloadStringTaskAsync(HttpContext.Request.Query["feed"].ToString());
        // ruleid: trace.csharp.ssrf.tainted-url
        var request = WebRequest.Create(url);
        // ok: trace.csharp.ssrf.tainted-url
        var fixedPage = await _httpClient.GetStringAsync("https://status.example.com/api");
        // ok: trace.csharp.ssrf.tainted-url
        var product = await _repository.GetAsync(url);
        return Ok(page + body);
    }
}

