using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oakharbor.Services;

namespace Oakharbor.Pages.Notices;

public class ComposeModel : PageModel
{
    private readonly NoticeRenderer _renderer;
    private readonly ILogger<ComposeModel> _logger;

    public ComposeModel(NoticeRenderer renderer, ILogger<ComposeModel> logger)
    {
        _renderer = renderer;
        _logger = logger;
    }

    [BindProperty, Required, StringLength(120)]
    public string Title { get; set; } = string.Empty;

    [BindProperty, Required, StringLength(4)]
    public string DockCode { get; set; } = string.Empty;

    [BindProperty]
    public DateTime EffectiveFrom { get; set; } = DateTime.Today.AddDays(1);

    [BindProperty]
    public string? AffectedBerths { get; set; }

    [BindProperty]
    public string? StandardTemplate { get; set; }

    [BindProperty]
    public string? TemplateBody { get; set; }

    public string? RenderedHtml { get; private set; }

    public IEnumerable<string> StandardTemplates => _renderer.StandardTemplateNames;

    public void OnGet()
    {
    }

    public IActionResult OnPostStandard()
    {
        if (string.IsNullOrEmpty(StandardTemplate))
        {
            ModelState.AddModelError(nameof(StandardTemplate), "Pick a standard notice.");
            return Page();
        }

        RenderedHtml = _renderer.RenderStandard(StandardTemplate, BuildModel());
        return Page();
    }

    public IActionResult OnPostCustom()
    {
        if (string.IsNullOrWhiteSpace(TemplateBody))
        {
            ModelState.AddModelError(nameof(TemplateBody), "Write the notice text first.");
            return Page();
        }

        _logger.LogInformation("{User} previewing custom notice for dock {Dock}", User.Identity?.Name, DockCode);
        RenderedHtml = _renderer.RenderCustom(TemplateBody, BuildModel());
        return Page();
    }

    private NoticeModel BuildModel() => new()
    {
        Title = Title,
        DockCode = DockCode.ToUpperInvariant(),
        EffectiveFrom = EffectiveFrom,
        IssuedBy = User.Identity?.Name ?? "Harbour Office",
        AffectedBerths = (AffectedBerths ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
    };
}
