using Cantabile.Config;
using Cantabile.Contracts;
using Cantabile.Data;
using Cantabile.Domain;
using Cantabile.Security;
using Microsoft.Extensions.Options;
using Rebus.Bus;

namespace Cantabile.Services;

public interface IRegistrationService
{
    Task<CreateRegistrationResponse> RegisterAsync(CreateRegistrationRequest request);
    Task<IReadOnlyList<RegistrationSummary>> SearchAsync(SearchRegistrationsRequest request);
    Task<bool> SubmitRecordingAsync(int registrationId, RecordingBody body);
    Task<bool> WithdrawRecordingAsync(int registrationId, string fileName);
}

public sealed class RegistrationException : Exception
{
    public RegistrationException(string message) : base(message)
    {
    }
}

public sealed class RegistrationService : IRegistrationService
{
    private static readonly Dictionary<string, string> SortColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["submitted"] = "r.submitted_at",
        ["choir"] = "c.name",
        ["town"] = "c.home_town",
        ["singers"] = "r.singer_count",
        ["category"] = "r.category",
    };

    private static readonly HashSet<string> Directions = new(StringComparer.OrdinalIgnoreCase) { "asc", "desc" };

    private readonly IRegistrationRepository _registrations;
    private readonly IScoreRepository _scores;
    private readonly RecordingStore _recordings;
    private readonly IBus _bus;
    private readonly CantabileOptions _options;
    private readonly ILogger<RegistrationService> _logger;

    public RegistrationService(
        IRegistrationRepository registrations,
        IScoreRepository scores,
        RecordingStore recordings,
        IBus bus,
        IOptions<CantabileOptions> options,
        ILogger<RegistrationService> logger)
    {
        _registrations = registrations;
        _scores = scores;
        _recordings = recordings;
        _bus = bus;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<CreateRegistrationResponse> RegisterAsync(CreateRegistrationRequest request)
    {
        var category = await _scores.GetCategoryAsync(request.Category)
            ?? throw new RegistrationException($"Unknown category '{request.Category}'.");

        if (request.SingerCount > category.MaxSingers)
        {
            throw new RegistrationException($"{category.Title} allows at most {category.MaxSingers} singers.");
        }

        if (!string.IsNullOrWhiteSpace(request.Website) && !Uri.TryCreate(request.Website, UriKind.Absolute, out _))
        {
            throw new RegistrationException("Website must be an absolute URL.");
        }

        if (!string.IsNullOrWhiteSpace(request.CallbackUrl) && !OutboundUrlPolicy.IsWellFormedCallback(request.CallbackUrl))
        {
            throw new RegistrationException("Callback URL must be an http(s) address.");
        }

        var choir = new Choir
        {
            Name = request.ChoirName.Trim(),
            DirectorName = request.DirectorName.Trim(),
            DirectorEmail = request.DirectorEmail.Trim().ToLowerInvariant(),
            HomeTown = request.HomeTown.Trim(),
            Website = request.Website,
            Motto = request.Motto,
            Locale = string.IsNullOrWhiteSpace(request.Locale) ? "en" : request.Locale,
            CallbackUrl = request.CallbackUrl,
            AccompanistServiceUrl = request.AccompanistServiceUrl,
            GreetingTemplate = request.GreetingTemplate,
        };

        var choirId = await _registrations.InsertChoirAsync(choir);
        var entered = await _registrations.CountInCategoryAsync(_options.FestivalYear, category.Code);
        var status = entered >= 24 ? RegistrationStatus.Waitlisted : RegistrationStatus.Confirmed;

        var registrationId = await _registrations.InsertRegistrationAsync(new Registration
        {
            ChoirId = choirId,
            FestivalYear = _options.FestivalYear,
            Category = category.Code,
            SingerCount = request.SingerCount,
            Conductor = request.Conductor.Trim(),
            Status = status,
            SubmittedAt = DateTime.UtcNow,
        });

        if (status == RegistrationStatus.Confirmed)
        {
            await _bus.SendLocal(new RegistrationConfirmed(registrationId, choirId));
        }

        _logger.LogInformation("Registered choir {ChoirId} in {Category} as {Status}", choirId, category.Code, status);
        return new CreateRegistrationResponse(registrationId, choirId, status);
    }

    public async Task<IReadOnlyList<RegistrationSummary>> SearchAsync(SearchRegistrationsRequest request)
    {
        var direction = string.IsNullOrWhiteSpace(request.Direction) ? "desc" : request.Direction.Trim();
        if (!Directions.Contains(direction))
        {
            throw new RegistrationException("Sort direction must be 'asc' or 'desc'.");
        }

        var sort = string.IsNullOrWhiteSpace(request.Sort) ? "submitted" : request.Sort.Trim();
        var column = SortColumns.TryGetValue(sort, out var mapped) ? mapped : sort;

        var filter = new RegistrationFilter
        {
            FestivalYear = _options.FestivalYear,
            Text = request.Text?.Trim(),
            Category = request.Category,
            Status = request.Status,
            SortColumn = column,
            Direction = direction,
            Page = Math.Max(1, request.Page),
        };

        var rows = await _registrations.SearchAsync(filter);
        return rows
            .Select(r => new RegistrationSummary(r.Id, r.ChoirName, r.HomeTown, r.Category, r.SingerCount, r.Status, r.SubmittedAt))
            .ToList();
    }

    public async Task<bool> SubmitRecordingAsync(int registrationId, RecordingBody body)
    {
        var registration = await _registrations.GetRegistrationAsync(registrationId);
        if (registration is null || registration.Status == RegistrationStatus.Withdrawn)
        {
            return false;
        }

        await _bus.SendLocal(new RecordingSubmitted(registrationId, registration.ChoirId, body.SourceUrl.Trim(), body.OriginalName));
        return true;
    }

    public async Task<bool> WithdrawRecordingAsync(int registrationId, string fileName)
    {
        var registration = await _registrations.GetRegistrationAsync(registrationId);
        if (registration is null)
        {
            return false;
        }

        _recordings.Delete(registrationId, fileName);
        if (string.Equals(registration.RecordingFile, fileName, StringComparison.Ordinal))
        {
            await _registrations.SetRecordingFileAsync(registrationId, null);
        }

        return true;
    }
}
