// Values that reach a sink through a builder, a document built element by element, and
// substring tests that are no guard.
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Mvc;
using MongoDB.Bson;

public class InvoiceSearchController : ControllerBase
{
    public IEnumerable<Row> Search(string account, string status)
    {
        var sql = new StringBuilder("SELECT * FROM invoices WHERE deleted = 0");
        sql.Append($" AND account_no LIKE '{account}%'");
        // ruleid: trace.csharp.sql-injection.tainted-query
        var rows = conn.Query<Row>(sql.ToString());
        var safe = new StringBuilder("SELECT * FROM invoices WHERE deleted = 0");
        safe.Append(" AND status = @status");
        // ok: trace.csharp.sql-injection.tainted-query
        var checkedRows = conn.Query<Row>(safe.ToString(), new { status });
        var lines = new StringBuilder();
        lines.AppendLine("SELECT * FROM invoices WHERE account_no = '" + account + "'");
        // ruleid: trace.csharp.sql-injection.tainted-query
        var more = conn.Query<Row>(lines.ToString());
        return rows;
    }

    public IActionResult UpdateContact(string email, string phone)
    {
        // a substring test of the value itself checks nothing: `a@b', admin = 1 --` passes
        if (!email.Contains('@'))
        {
            return BadRequest();
        }
        // ruleid: trace.csharp.sql-injection.tainted-query
        using var cmd = new SqlCommand("UPDATE customers SET email = '" + email + "'", conn);
        // an allow-list that holds the value is a guard
        if (!KnownPhones.Contains(phone))
        {
            return BadRequest();
        }
        // ok: trace.csharp.sql-injection.tainted-query
        using var cmd2 = new SqlCommand("UPDATE customers SET phone = '" + phone + "'", conn);
        return Ok();
    }

    public IActionResult Digits(string pin)
    {
        if (pin.Length > 8 || !pin.All(char.IsAsciiDigit)) throw new ArgumentException("digits only");
        // ok: trace.csharp.sql-injection.tainted-query
        using var cmd = new SqlCommand("UPDATE kiosks SET pin = '" + pin + "'", conn);
        return Ok();
    }
}

public class ReadingEventsController : ControllerBase
{
    public Task<List<BsonDocument>> Spikes(string serial, string threshold)
    {
        // ruleid: trace.csharp.nosql-injection.tainted-mongo-query
        var filter = new BsonDocument { { "meterSerial", serial }, { "$where", "this.deltaKwh > " + threshold } };
        // ok: trace.csharp.nosql-injection.tainted-mongo-query
        var byValue = new BsonDocument { { "meterSerial", serial }, { "$where", "this.deltaKwh > 100" } };
        var doc = new BsonDocument();
        // ruleid: trace.csharp.nosql-injection.tainted-mongo-query
        doc.Add("$where", "this.kwh > " + threshold);
        // ok: trace.csharp.nosql-injection.tainted-mongo-query
        doc.Add("meterSerial", serial);
        // ruleid: trace.csharp.nosql-injection.tainted-mongo-query
        doc["$where"] = $"this.kwh < {threshold}";
        return _events.Find(filter).ToListAsync();
    }
}
