using System.Security.Claims;
using Innkeep.Config;
using Innkeep.Data;
using Innkeep.Helpers;
using Innkeep.Models;
using Innkeep.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Innkeep.Controllers;

[Route("guests")]
public class GuestsController(GuestRepository guests, DocumentStorage storage, NotificationTemplateService templates, TokenService tokens, IOptions<InnkeepOptions> options) : Controller
{
    private readonly InnkeepOptions _options = options.Value;

    [Authorize]
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? name, [FromQuery] string? city, [FromQuery] string? tier,
        [FromQuery] string? sort, [FromQuery] int page = 1)
    {
        var query = new GuestQueryBuilder()
            .WithNamePrefix(name)
            .InCity(city)
            .WithTier(tier)
            .SortBy(sort)
            .Page(page, 50)
            .Build();
        return Json(await guests.SearchAsync(query));
    }

    [Authorize]
    [HttpGet("mine")]
    public async Task<IActionResult> MyList() => Json(await guests.ListForStaffAsync(CurrentStaffId()));

    [Authorize]
    [HttpPost("preferences/sort")]
    public async Task<IActionResult> SaveSortPreference([FromForm] string sort)
    {
        if (!GuestQueryBuilder.SortColumns.TryGetValue(sort, out var column))
            return BadRequest(new { error = "Unknown sort option." });
        await guests.SaveSortPreferenceAsync(CurrentStaffId(), column);
        return NoContent();
    }

    [Authorize]
    [HttpPost("lookup")]
    public async Task<IActionResult> LookupByEmail([FromForm] string email)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@'))
            return BadRequest(new { error = "A valid e-mail address is required." });
        var guest = await guests.FindByEmailAsync(email.Trim());
        return guest is null ? NotFound() : Json(guest);
    }

    [Authorize]
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Get(int id)
    {
        var guest = await guests.GetByIdAsync(id);
        return guest is null ? NotFound() : Json(guest);
    }

    [HttpGet("me")]
    public async Task<IActionResult> Me()
    {
        var token = Request.Cookies["ik_guest"];
        if (token is null || tokens.ValidateGuestToken(token) is not { } principal)
            return Unauthorized();
        if (!int.TryParse(principal.FindFirstValue("guest_id"), out var guestId))
            return Unauthorized();
        var guest = await guests.GetByIdAsync(guestId);
        return guest is null ? NotFound() : Json(new { guest.FirstName, guest.LastName, guest.LoyaltyTier });
    }

    [Authorize]
    [HttpPost("{id:int}/avatar")]
    [RequestSizeLimit(3 * 1024 * 1024)]
    public async Task<IActionResult> UploadAvatar(int id, IFormFile file)
    {
        if (!DocumentStorage.IsAcceptedAvatar(file))
            return BadRequest(new { error = "Upload a JPEG, PNG or WebP image up to 2 MB." });
        var saved = await storage.SaveAvatarAsync(id, file);
        return Ok(new { path = Path.GetFileName(saved) });
    }

    [HttpPost("giftcards/preview")]
    public IActionResult PreviewGiftCard([FromForm] GiftCardForm form)
    {
        if (form.Amount is <= 0 or > 2000)
            return BadRequest(new { error = "Gift cards range from 1 to 2000." });
        var html = templates.RenderGiftCard(form.Message, new GiftCardModel(form.RecipientName, form.Amount, _options.PropertyCode));
        return Content(html, "text/html");
    }

    [Authorize]
    [HttpGet("{id:int}/letters/{kind}")]
    public async Task<IActionResult> Letter(int id, [FromRoute] LetterKind kind, [FromQuery] DateOnly arrival)
    {
        if (!Enum.IsDefined(kind))
            return NotFound();
        var guest = await guests.GetByIdAsync(id);
        if (guest is null)
            return NotFound();
        var html = templates.RenderLetter(kind, new WelcomeLetterModel($"{guest.FirstName} {guest.LastName}", arrival, _options.PropertyCode));
        return Content(html, "text/html");
    }

    private int CurrentStaffId() =>
        int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : 0;
}
