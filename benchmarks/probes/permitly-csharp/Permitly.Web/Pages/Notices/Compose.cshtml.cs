using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Permitly.Web.Models;
using Permitly.Web.Services;
using Permitly.Web.Utilities;

namespace Permitly.Web.Pages.Notices;

[Authorize(Roles = "staff")]
public sealed class ComposeModel(NoticeTemplateService templates) : PageModel
{
    [BindProperty]
    public NoticeDraft Draft { get; set; } = new();

    [BindProperty]
    public string Recipient { get; set; } = "";

    public string? PreviewHtml { get; private set; }

    public void OnGet(string? permit)
    {
        if (Request.Cookies[DraftStateSerializer.CookieName] is { Length: > 0 } saved)
        {
            Draft = DraftStateSerializer.Restore(saved) ?? new NoticeDraft();
            Response.Cookies.Delete(DraftStateSerializer.CookieName);
        }
        if (InputFormats.IsPermitNumber(permit))
            Draft.PermitNumber = permit!;
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (!ModelState.IsValid || string.IsNullOrWhiteSpace(Draft.Body))
            return Page();
        Draft.LastEdited = DateTime.UtcNow;
        PreviewHtml = await templates.RenderDraftAsync(Draft);
        return Page();
    }

    public IActionResult OnPostStandard(string templateName)
    {
        try
        {
            PreviewHtml = templates.RenderStandard(templateName, new NoticeModel(Draft.PermitNumber, Recipient, DateOnly.FromDateTime(DateTime.Today)));
        }
        catch (KeyNotFoundException ex)
        {
            ModelState.AddModelError("", ex.Message);
        }
        return Page();
    }
}
