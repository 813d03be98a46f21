using FastEndpoints;
using Quayside.Api.Contracts;
using Quayside.Api.Services;

namespace Quayside.Api.Endpoints.Bookings;

public sealed class SearchBookingsEndpoint : Endpoint<SearchBookingsRequest, SearchBookingsResponse>
{
    private readonly BookingService _bookings;

    public SearchBookingsEndpoint(BookingService bookings)
    {
        _bookings = bookings;
    }

    public override void Configure()
    {
        Get("/api/bookings");
        Roles("ticketing", "admin");
        Summary(s => s.Summary = "Search bookings by route and departure date (back office)");
    }

    public override async Task HandleAsync(SearchBookingsRequest req, CancellationToken ct)
    {
        try
        {
            var items = await _bookings.SearchAsync(req, ct);
            await SendAsync(new SearchBookingsResponse { Items = items, Page = req.Page, PageSize = req.PageSize }, cancellation: ct);
        }
        catch (BookingException ex)
        {
            AddError(ex.Message);
            await SendErrorsAsync(ex.StatusCode, ct);
        }
    }
}
