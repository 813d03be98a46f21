using Dapper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oakharbor.Infrastructure;
using Oakharbor.Services;

namespace Oakharbor.Pages.Documents;

public class IndexModel : PageModel
{
    private const long MaxAttachmentBytes = 25 * 1024 * 1024;

    private readonly DocumentStore _documents;
    private readonly IOakDbConnections _db;

    public IndexModel(DocumentStore documents, IOakDbConnections db)
    {
        _documents = documents;
        _db = db;
    }

    public sealed record StatementLink(Guid Id, string Period);

    public IReadOnlyList<string> LeaseDocuments { get; private set; } = Array.Empty<string>();
    public IReadOnlyList<StatementLink> Statements { get; private set; } = Array.Empty<StatementLink>();
    public bool IsStaff => User.IsInRole("harbour-master") || User.IsInRole("dockhand");

    public async Task OnGetAsync(CancellationToken ct)
    {
        var account = User.FindFirst("mooring_account")?.Value ?? string.Empty;
        await using var connection = await _db.OpenOperationalAsync(ct);
        LeaseDocuments = (await connection.QueryAsync<string>(
            "SELECT file_name FROM lease_documents WHERE tenant_account = @Account ORDER BY signed_at DESC",
            new { Account = account })).AsList();
        Statements = (await connection.QueryAsync<StatementLink>(
            "SELECT id AS Id, to_char(period_start, 'Mon YYYY') AS Period FROM statements WHERE tenant_account = @Account ORDER BY period_start DESC",
            new { Account = account })).AsList();
    }

    public IActionResult OnGetDownload(string file)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return BadRequest();
        }
        return File(_documents.OpenLeaseDocument(file), "application/pdf", Path.GetFileName(file));
    }

    public async Task<IActionResult> OnGetStatementAsync(Guid id, CancellationToken ct)
    {
        var account = User.FindFirst("mooring_account")?.Value;
        await using var connection = await _db.OpenOperationalAsync(ct);
        var owns = await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM statements WHERE id = @Id AND tenant_account = @Account)",
            new { Id = id, Account = account });
        if (!owns)
        {
            return NotFound();
        }
        return File(_documents.OpenStatement(id), "application/pdf", $"statement-{id:N}.pdf");
    }

    public async Task<IActionResult> OnPostAttachmentAsync(int workOrderId, IFormFile upload, CancellationToken ct)
    {
        if (!IsStaff)
        {
            return Forbid();
        }
        if (upload is null || upload.Length == 0 || upload.Length > MaxAttachmentBytes)
        {
            return BadRequest();
        }

        await using var stream = upload.OpenReadStream();
        var saved = await _documents.SaveAttachmentAsync(workOrderId, upload.FileName, stream, ct);
        TempData["Flash"] = $"Attached {saved} to work order {workOrderId}.";
        return RedirectToPage();
    }
}
