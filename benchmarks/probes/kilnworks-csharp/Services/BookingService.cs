using Hangfire;
using Kilnworks.Configuration;
using Kilnworks.Contracts;
using Kilnworks.Data;
using Kilnworks.Domain;
using Kilnworks.Jobs;
using Kilnworks.Services.Security;
using Microsoft.Extensions.Options;

namespace Kilnworks.Services;

public sealed class BookingService
{
    private readonly BookingRepository _bookings;
    private readonly TokenIssuer _tokens;
    private readonly TemplateRenderer _templates;
    private readonly IBackgroundJobClient _jobs;
    private readonly StudioOptions _studio;

    public BookingService(
        BookingRepository bookings,
        TokenIssuer tokens,
        TemplateRenderer templates,
        IBackgroundJobClient jobs,
        IOptions<StudioOptions> studio)
    {
        _bookings = bookings;
        _tokens = tokens;
        _templates = templates;
        _jobs = jobs;
        _studio = studio.Value;
    }

    public Task<IReadOnlyList<StudioClass>> UpcomingAsync(CancellationToken ct) => _bookings.UpcomingClassesAsync(ct);

    public Task<StudioClass?> GetClassAsync(int classId, CancellationToken ct) => _bookings.GetClassAsync(classId, ct);

    public Task<IReadOnlyList<Booking>> ListAsync(BookingListQuery query, CancellationToken ct) => _bookings.ListAsync(query, ct);

    public Task<Booking?> FindByCodeAsync(string code, CancellationToken ct) => _bookings.FindByConfirmationCodeAsync(code.Trim().ToUpperInvariant(), ct);

    public async Task<BookingConfirmationDto> CreateAsync(CreateBookingRequest request, int memberId, CancellationToken ct)
    {
        var studioClass = await _bookings.GetClassAsync(request.ClassId, ct) ?? throw new KeyNotFoundException("Class not found.");
        if (request.Seats is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(request.Seats), "You can book between 1 and 4 seats.");
        }

        var taken = await _bookings.SeatsTakenAsync(studioClass.Id, ct);
        if (taken + request.Seats > studioClass.Capacity)
        {
            throw new InvalidOperationException("Not enough seats left in this class.");
        }

        var booking = new Booking
        {
            ClassId = studioClass.Id,
            MemberId = memberId,
            AttendeeName = request.AttendeeName.Trim(),
            AttendeeEmail = request.AttendeeEmail.Trim(),
            Seats = request.Seats,
            ConfirmationCode = _tokens.NewConfirmationCode(),
            Status = "confirmed",
            Comment = request.Comment
        };
        booking.Id = await _bookings.InsertAsync(booking, ct);

        var remindAt = studioClass.StartsAt.AddHours(-24);
        if (remindAt > DateTime.UtcNow)
        {
            _jobs.Schedule<ReminderJob>(job => job.SendAsync(booking.Id, booking.ConfirmationCode, CancellationToken.None), remindAt);
        }

        return new BookingConfirmationDto(booking.Id, booking.ConfirmationCode, studioClass.Title, studioClass.StartsAt);
    }

    public async Task<string?> RenderClassCardAsync(int classId, CancellationToken ct)
    {
        var studioClass = await _bookings.GetClassAsync(classId, ct);
        if (studioClass is null)
        {
            return null;
        }
        var recent = await _bookings.ListAsync(new BookingListQuery(classId, "confirmed", "created", true), ct);
        var model = new ClassCardModel
        {
            Class = studioClass,
            SeatsLeft = studioClass.Capacity - await _bookings.SeatsTakenAsync(classId, ct),
            RecentBookings = recent.Take(5).ToList()
        };
        return await _templates.RenderFragmentAsync("class-card", model, ct);
    }

    public async Task<string?> RenderReminderAsync(Booking booking, CancellationToken ct)
    {
        var studioClass = await _bookings.GetClassAsync(booking.ClassId, ct);
        if (studioClass is null)
        {
            return null;
        }
        var model = new ReminderModel
        {
            Class = studioClass,
            AttendeeName = booking.AttendeeName,
            StudioName = _studio.Name,
            ManageUrl = $"{_studio.PublicBaseUrl}/bookings/manage"
        };
        return await _templates.RenderPageAsync("class-reminder", model, ct);
    }

    public async Task<string> PreviewReminderAsync(TemplatePreviewRequest request, CancellationToken ct)
    {
        var studioClass = await _bookings.GetClassAsync(request.ClassId, ct) ?? new StudioClass { Title = "Wheel Throwing 101" };
        var model = new ReminderModel
        {
            Class = studioClass,
            AttendeeName = "Sample Potter",
            StudioName = _studio.Name,
            ManageUrl = $"{_studio.PublicBaseUrl}/bookings/manage",
            Studio = _studio
        };
        return await _templates.PreviewAsync(request.Source, model);
    }
}
