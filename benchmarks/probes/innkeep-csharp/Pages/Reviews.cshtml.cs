using Innkeep.Data;
using Innkeep.Models;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Innkeep.Pages;

public class ReviewsModel(ReviewStore store) : PageModel
{
    public static readonly string[] RoomTypes = ["STD", "DLX", "STE", "FAM"];

    public IReadOnlyList<Review> Reviews { get; private set; } = Array.Empty<Review>();
    public string? Query { get; private set; }
    public string? RoomType { get; private set; }
    public int MinRating { get; private set; } = 1;
    public string? SearchBanner { get; private set; }

    public async Task OnGetAsync()
    {
        Query = Request.Query["q"].ToString();
        RoomType = Request.Query["roomType"].ToString();
        MinRating = int.TryParse(Request.Query["minRating"], out var rating) ? Math.Clamp(rating, 1, 5) : 1;

        if (!string.IsNullOrWhiteSpace(Query))
        {
            SearchBanner = $"Showing reviews mentioning <em>{Query}</em> rated {MinRating}+";
            Reviews = await store.SearchAsync(Query, MinRating);
        }
        else if (!string.IsNullOrWhiteSpace(RoomType))
        {
            Reviews = await store.ForRoomTypeAsync(RoomType);
        }
        else
        {
            Reviews = await store.LatestAsync();
        }
    }
}
