using System.Net;
using System.Text;
using Nancy;
using Nancy.Responses;
using Oakharbor.Services;
using HttpStatusCode = Nancy.HttpStatusCode;

namespace Oakharbor.Modules;

public sealed class DocumentsModule : NancyModule
{
    private static readonly IReadOnlyDictionary<string, string> ConsoleDestinations = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["berths"] = "/harbour/board",
        ["work-orders"] = "/harbour/work-orders",
        ["portal"] = "/",
        ["reports"] = "/Reports/Settings"
    };

    public DocumentsModule(DocumentStore documents)
        : base("/documents")
    {
        Get("/notices", args =>
        {
            string file = this.Request.Query.file;
            if (string.IsNullOrWhiteSpace(file) || file.Contains("..") || file.Contains('/') || file.Contains('\\'))
            {
                return HttpStatusCode.BadRequest;
            }

            var bytes = documents.ReadPublishedNotice(file);
            return new StreamResponse(() => new MemoryStream(bytes), "application/pdf");
        });

        Get("/tariffs/{sheet}", args =>
        {
            string sheet = args.sheet;
            var bytes = documents.ReadTariffSheet(sheet);
            return new StreamResponse(() => new MemoryStream(bytes), "application/pdf");
        });

        Get("/board", args =>
        {
            string dock = this.Request.Query.dock;
            string since = this.Request.Query.since;
            var html = new StringBuilder("<!DOCTYPE html><html><head><title>Notice board</title></head><body>");
            html.Append("<h1>Dock ").Append(WebUtility.HtmlEncode(dock ?? "all")).Append("</h1>");
            return Response.AsText(html.Append($"<p class=\"since\">Showing notices since {since}</p></body></html>").ToString(), "text/html"); // VULN xss
        });

        Get("/board/{dock}", args =>
        {
            string dock = args.dock;
            var heading = WebUtility.HtmlEncode(dock.ToUpperInvariant());
            return Response.AsText($"<!DOCTYPE html><html><body><h1>Dock {heading}</h1><p>No notices in force.</p></body></html>", "text/html"); // SAFE xss
        });

        Get("/go/{destination}", args =>
        {
            string destination = args.destination;
            var target = ConsoleDestinations.TryGetValue(destination, out var path) ? path : "/";
            return Response.AsRedirect(target); // SAFE redirect
        });
    }
}
