using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

public class NoteModel : PageModel
{
    [BindProperty]
    public IFormFile? Attachment { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        // ruleid: trace.csharp.path-traversal.tainted-file-path
        await using var target = new FileStream(Path.Combine(Dir, Attachment.FileName), FileMode.Create);
        // ok: trace.csharp.path-traversal.tainted-file-path
        await using var safe = new FileStream(Path.Combine(Dir, Path.GetFileName(Attachment.FileName)), FileMode.Create);
        return Page();
    }
}

[ApiController]
public class AuthController : ControllerBase
{
    public IActionResult Login([FromQuery] string? returnUrl)
    {
        // ruleid: trace.csharp.open-redirect.tainted-redirect
        return Redirect(returnUrl ?? "/");
    }

    public IActionResult Logout([FromQuery] string? returnUrl)
    {
        // ok: trace.csharp.open-redirect.tainted-redirect
        return Redirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    public IActionResult Go([FromQuery] string next)
    {
        // ok: trace.csharp.open-redirect.tainted-redirect
        return LocalRedirect(next);
    }
}

public static class Endpoints
{
    public static void Map(WebApplication app)
    {
        // ruleid: trace.csharp.command-injection.tainted-process
        app.MapGet("/ping", (string host) => Process.Start("ping", "-c 1 " + host));
        // ok: trace.csharp.command-injection.tainted-process
        app.MapGet("/uptime", (int n) => Process.Start("uptime", n.ToString()));
        app.MapGet("/brochures", (string file, IOptions<SiteOptions> opts) =>
        {
            var fullPath = Path.Combine(opts.Value.BrochureRoot, file);
            // ruleid: trace.csharp.path-traversal.tainted-file-path
            return Results.File(File.OpenRead(fullPath), "application/pdf");
        });
        app.MapGet("/brochures/{id}", async (int id, IOptions<SiteOptions> opts) =>
        {
            var fullPath = Path.Combine(opts.Value.BrochureRoot, id + ".pdf");
            // ok: trace.csharp.path-traversal.tainted-file-path
            return Results.File(await File.ReadAllBytesAsync(fullPath), "application/pdf");
        });
    }
}
