using FastEndpoints;
using FluentValidation;
using Quayside.Api.Contracts;
using Quayside.Api.Services;

namespace Quayside.Api.Endpoints.Bookings;

public sealed class CreateBookingValidator : Validator<CreateBookingRequest>
{
    public CreateBookingValidator()
    {
        RuleFor(x => x.SailingId).NotEmpty();
        RuleFor(x => x.LeadPassengerName).NotEmpty().MaximumLength(120);
        RuleFor(x => x.Email).NotEmpty().EmailAddress();
        RuleFor(x => x.Passengers).InclusiveBetween(1, 9);
        RuleFor(x => x.VehicleRegistration).NotEmpty().When(x => x.FareClass != Domain.FareClass.Foot);
        RuleFor(x => x.AgentCode).Matches("^[A-Z0-9]{3,8}$").When(x => x.AgentCode is not null);
        RuleFor(x => x.AgentUrl).MaximumLength(512);
        RuleFor(x => x.ContinueUrl).MaximumLength(2048);
    }
}

public sealed class CreateBookingEndpoint : Endpoint<CreateBookingRequest, CreateBookingResponse>
{
    private readonly BookingService _bookings;

    public CreateBookingEndpoint(BookingService bookings)
    {
        _bookings = bookings;
    }

    public override void Configure()
    {
        Post("/api/bookings");
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "Create a passenger or vehicle booking";
            s.Description = "Used by the public booking site and by agent integrations. Agents may pass a continueUrl to return the customer to their own site.";
        });
    }

    public override async Task HandleAsync(CreateBookingRequest req, CancellationToken ct)
    {
        try
        {
            var response = await _bookings.CreateAsync(req, ct);
            await SendAsync(response, StatusCodes.Status201Created, ct);
        }
        catch (BookingException ex)
        {
            AddError(ex.Message);
            await SendErrorsAsync(ex.StatusCode, ct);
        }
    }
}
