using NServiceBus;
using Wardrobe.Web.Data;
using Wardrobe.Web.Domain;
using Wardrobe.Web.Dtos;
using Wardrobe.Web.Messaging;

namespace Wardrobe.Web.Services;

public sealed class RentalService
{
    private const decimal DepositRate = 0.3m;

    private readonly RentalRepository _rentals;
    private readonly CostumeRepository _costumes;
    private readonly CodeGenerator _codes;
    private readonly IMessageSession _bus;
    private readonly TimeProvider _clock;

    public RentalService(RentalRepository rentals, CostumeRepository costumes, CodeGenerator codes, IMessageSession bus, TimeProvider clock)
    {
        _rentals = rentals;
        _costumes = costumes;
        _codes = codes;
        _bus = bus;
        _clock = clock;
    }

    public async Task<RentalCreated> CreateAsync(int memberId, CreateRentalRequest request, CancellationToken ct)
    {
        var costume = await _costumes.GetAsync(request.CostumeId, ct)
            ?? throw new KeyNotFoundException($"Costume {request.CostumeId} does not exist.");

        if (!costume.IsAvailable)
        {
            throw new InvalidOperationException($"{costume.Name} is already out on hire.");
        }

        if (request.DueDate <= request.StartDate)
        {
            throw new ArgumentException("The due date must be after the start date.");
        }

        var days = Math.Max(1, (request.DueDate.Date - request.StartDate.Date).Days);
        var rental = new Rental
        {
            MemberId = memberId,
            CostumeId = costume.Id,
            ProductionTitle = request.ProductionTitle.Trim(),
            StartDate = DateTime.SpecifyKind(request.StartDate.Date, DateTimeKind.Utc),
            DueDate = DateTime.SpecifyKind(request.DueDate.Date, DateTimeKind.Utc),
            Status = RentalStatuses.Reserved,
            PickupCode = _codes.NewPickupCode(),
            CallbackUrl = string.IsNullOrWhiteSpace(request.CallbackUrl) ? null : request.CallbackUrl.Trim(),
            DepositAmount = Math.Round(costume.DailyRate * days * DepositRate, 2, MidpointRounding.AwayFromZero),
            CreatedAt = _clock.GetUtcNow().UtcDateTime,
        };

        await _rentals.AddAsync(rental, ct);
        return new RentalCreated(rental.Id, rental.PickupCode, rental.DepositAmount);
    }

    public Task<List<Rental>> ForProductionAsync(string productionTitle, CancellationToken ct) =>
        _rentals.FindByProductionAsync(productionTitle.Trim(), ct);

    public Task<List<Rental>> ForMemberAsync(int memberId, string? status, CancellationToken ct)
    {
        if (status is not null && !RentalStatuses.All.Contains(status))
        {
            status = null;
        }

        return _rentals.FindForMemberAsync(memberId, status, ct);
    }

    public async Task<bool> MarkReturnedAsync(int rentalId, CancellationToken ct) =>
        await _rentals.MarkReturnedAsync(rentalId, _clock.GetUtcNow().UtcDateTime, ct) > 0;

    public async Task RequestInspectionAsync(int rentalId, InspectionRequest request, string inspector, CancellationToken ct)
    {
        var rental = await _rentals.GetAsync(rentalId, ct)
            ?? throw new KeyNotFoundException($"Rental {rentalId} does not exist.");

        await _bus.SendLocal(new ReturnInspectionRequested
        {
            RentalId = rental.Id,
            ConditionNote = request.ConditionNote,
            Grade = request.Grade,
            Inspector = inspector,
            RequestedAt = _clock.GetUtcNow().UtcDateTime,
        }, ct);
    }
}
