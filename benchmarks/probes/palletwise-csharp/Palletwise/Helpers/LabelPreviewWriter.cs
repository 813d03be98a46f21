using System.Text.Encodings.Web;
using Palletwise.Models;

namespace Palletwise.Helpers;

public static class LabelPreviewWriter
{
    public static async Task WriteAsync(HttpResponse response, InventoryItem item, string? consignee, string? handlingNote)
    {
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync("<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"/css/label.css\"></head><body>");
        await response.WriteAsync("<div class=\"label\">");
        await response.WriteAsync($"<h2 class=\"sku\">{HtmlEncoder.Default.Encode(item.Sku)}</h2>");
        await response.WriteAsync($"<p class=\"desc\">{HtmlEncoder.Default.Encode(item.Description)}</p>");
        await response.WriteAsync($"<p class=\"consignee\">Ship to: {HtmlEncoder.Default.Encode(consignee ?? "-")}</p>"); // SAFE xss
        if (!string.IsNullOrEmpty(handlingNote))
        {
            await response.WriteAsync($"<p class=\"handling\">{handlingNote}</p>"); // VULN xss
        }

        await response.WriteAsync($"<p class=\"bin\">Bin {HtmlEncoder.Default.Encode(item.BinCode)}</p>");
        await response.WriteAsync("</div></body></html>");
    }
}
