using System.ComponentModel.DataAnnotations;
using Kilnworks.Domain;
using Kilnworks.Modules;
using Kilnworks.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kilnworks.Pages.Members;

public sealed class ProfileModel : PageModel
{
    private const long MaxUploadBytes = 5 * 1024 * 1024;

    private readonly MemberService _members;
    private readonly MediaStore _media;

    public ProfileModel(MemberService members, MediaStore media)
    {
        _members = members;
        _media = media;
    }

    public Member Member { get; private set; } = new();
    public bool IsOwnProfile { get; private set; }
    public string? Flash { get; private set; }

    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Avatar { get; set; }

    [BindProperty]
    public IFormFile? PortfolioImage { get; set; }

    [BindProperty]
    public string? KioskPin { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var viewer = User.MemberId();
        var member = await _members.GetAsync(id ?? viewer, ct);
        if (member is null)
        {
            return NotFound();
        }
        Member = member;
        IsOwnProfile = member.Id == viewer;
        Input = new ProfileInput
        {
            DisplayName = member.DisplayName,
            Website = member.Website,
            Bio = member.Bio,
            WebhookUrl = member.WebhookUrl
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await OnGetAsync(null, ct);
        }
        try
        {
            await _members.UpdateProfileAsync(User.MemberId(), Input.DisplayName, Input.Website, Input.Bio, Input.WebhookUrl, ct);
        }
        catch (ArgumentException ex)
        {
            ModelState.AddModelError("Input.WebhookUrl", ex.Message);
            return await OnGetAsync(null, ct);
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAvatarAsync(CancellationToken ct)
    {
        if (Avatar is null || Avatar.Length == 0 || Avatar.Length > MaxUploadBytes)
        {
            ModelState.AddModelError(nameof(Avatar), "Choose an image under 5 MB.");
            return await OnGetAsync(null, ct);
        }
        await _media.SaveAvatarAsync(User.MemberId(), Avatar, ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPortfolioAsync(CancellationToken ct)
    {
        if (PortfolioImage is null || PortfolioImage.Length == 0 || PortfolioImage.Length > MaxUploadBytes)
        {
            ModelState.AddModelError(nameof(PortfolioImage), "Choose an image under 5 MB.");
            return await OnGetAsync(null, ct);
        }
        await _media.SavePortfolioImageAsync(User.MemberId(), PortfolioImage, ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPinAsync(CancellationToken ct)
    {
        try
        {
            await _members.SetKioskPinAsync(User.MemberId(), KioskPin ?? string.Empty, ct);
        }
        catch (ArgumentException ex)
        {
            ModelState.AddModelError(nameof(KioskPin), ex.Message);
        }
        return await OnGetAsync(null, ct);
    }

    public sealed class ProfileInput
    {
        [Required, StringLength(60)]
        public string DisplayName { get; set; } = string.Empty;

        [StringLength(200)]
        public string? Website { get; set; }

        [StringLength(2000)]
        public string? Bio { get; set; }

        [StringLength(300)]
        public string? WebhookUrl { get; set; }
    }
}
