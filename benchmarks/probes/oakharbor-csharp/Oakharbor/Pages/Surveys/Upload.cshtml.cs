using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oakharbor.Services;

namespace Oakharbor.Pages.Surveys;

[RequestSizeLimit(200 * 1024 * 1024)]
public class UploadModel : PageModel
{
    private readonly SurveyArchiveExtractor _extractor;

    public UploadModel(SurveyArchiveExtractor extractor)
    {
        _extractor = extractor;
    }

    [BindProperty, Range(1, int.MaxValue)]
    public int VesselId { get; set; }

    [BindProperty, Required]
    public IFormFile? Archive { get; set; }

    public IReadOnlyList<string> Extracted { get; private set; } = Array.Empty<string>();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPackageAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid || Archive is null)
        {
            return Page();
        }

        await using var buffer = new MemoryStream();
        await Archive.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        Extracted = _extractor.ExtractSurveyPackage(VesselId, buffer);
        return Page();
    }

    public async Task<IActionResult> OnPostPhotosAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid || Archive is null)
        {
            return Page();
        }

        await using var buffer = new MemoryStream();
        await Archive.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        Extracted = _extractor.ExtractHullPhotos(VesselId, buffer);
        return Page();
    }
}
