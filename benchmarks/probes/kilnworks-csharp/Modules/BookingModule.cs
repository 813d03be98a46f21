using Carter;
using Kilnworks.Contracts;
using Kilnworks.Services;

namespace Kilnworks.Modules;

public sealed class BookingModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var bookings = app.MapGroup("/api/bookings").WithTags("Bookings");

        bookings.MapGet("/", async (int? classId, string? status, string? sortBy, bool? desc, BookingService service, CancellationToken ct) =>
        {
            var list = await service.ListAsync(new BookingListQuery(classId, status, sortBy, desc ?? false), ct);
            return Results.Ok(list);
        }).RequireAuthorization("staff");

        bookings.MapGet("/by-code/{code}", async (string code, BookingService service, CancellationToken ct) =>
        {
            var booking = await service.FindByCodeAsync(code, ct);
            return booking is null ? Results.NotFound() : Results.Ok(new
            {
                booking.Id,
                booking.ClassId,
                booking.AttendeeName,
                booking.Seats,
                booking.Status
            });
        });

        bookings.MapPost("/", async (CreateBookingRequest request, HttpContext http, BookingService service, CancellationToken ct) =>
        {
            try
            {
                var confirmation = await service.CreateAsync(request, http.User.MemberId(), ct);
                return Results.Ok(confirmation);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                return Results.BadRequest(new { error = ex.Message });
            }
        }).RequireAuthorization();

        bookings.MapGet("/cart", (HttpContext http, CartCookieStore carts) =>
        {
            var cart = carts.ReadCart(http.Request, http.User.MemberId());
            return Results.Ok(new
            {
                cart.MemberId,
                Lines = cart.Lines,
                Total = cart.Lines.Sum(l => l.Seats * l.UnitPrice)
            });
        }).RequireAuthorization();

        bookings.MapPost("/cart/lines", async (CartLine line, HttpContext http, CartCookieStore carts, BookingService service, CancellationToken ct) =>
        {
            var studioClass = await service.GetClassAsync(line.ClassId, ct);
            if (studioClass is null)
            {
                return Results.NotFound();
            }
            var cart = carts.ReadCart(http.Request, http.User.MemberId());
            cart.Lines.Add(new CartLine { ClassId = studioClass.Id, Seats = Math.Clamp(line.Seats, 1, 4), UnitPrice = studioClass.Price });
            carts.WriteCart(http.Response, cart);
            return Results.Ok(cart.Lines);
        }).RequireAuthorization();

        bookings.MapGet("/checkout/complete", (string? next, string? paymentRef, ILogger<BookingModule> logger) =>
        {
            logger.LogInformation("Payment provider returned with reference {Ref}", paymentRef);
            return Results.Redirect(next ?? "/bookings?booked=1"); // VULN redirect
        });

        app.MapGet("/api/preferences", (HttpContext http, CartCookieStore carts) => Results.Ok(carts.ReadPreferences(http.Request)));

        var classes = app.MapGroup("/classes").RequireCors("class-widget").WithTags("Classes");

        classes.MapGet("/{classId:int}/card", async (int classId, BookingService service, CancellationToken ct) =>
        {
            var html = await service.RenderClassCardAsync(classId, ct);
            return html is null ? Results.NotFound() : Results.Content(html, "text/html");
        });

        classes.MapPost("/reminder-preview", async (TemplatePreviewRequest request, BookingService service, CancellationToken ct) =>
        {
            var html = await service.PreviewReminderAsync(request, ct);
            return Results.Content(html, "text/html");
        }).RequireAuthorization("staff");
    }
}
