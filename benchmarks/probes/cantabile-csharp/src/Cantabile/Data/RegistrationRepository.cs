using Cantabile.Domain;
using SqlKata.Execution;

namespace Cantabile.Data;

public sealed class RegistrationFilter
{
    public int FestivalYear { get; init; }
    public string? Text { get; init; }
    public string? Category { get; init; }
    public string? Status { get; init; }
    public string SortColumn { get; init; } = "r.submitted_at";
    public string Direction { get; init; } = "desc";
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}

public interface IRegistrationRepository
{
    Task<int> InsertChoirAsync(Choir choir);
    Task<int> InsertRegistrationAsync(Registration registration);
    Task<Choir?> GetChoirAsync(int choirId);
    Task<Registration?> GetRegistrationAsync(int registrationId);
    Task<IReadOnlyList<RegistrationRow>> SearchAsync(RegistrationFilter filter);
    Task<IReadOnlyList<Registration>> ListForChoirAsync(int choirId);
    Task<int> CountInCategoryAsync(int festivalYear, string category);
    Task SetStatusAsync(int registrationId, string status);
    Task SetRecordingFileAsync(int registrationId, string? fileName);
}

public sealed class RegistrationRepository : IRegistrationRepository
{
    private readonly QueryFactory _db;

    public RegistrationRepository(QueryFactory db)
    {
        _db = db;
    }

    public Task<int> InsertChoirAsync(Choir choir)
    {
        return _db.Query("choirs").InsertGetIdAsync<int>(new
        {
            name = choir.Name,
            director_name = choir.DirectorName,
            director_email = choir.DirectorEmail,
            home_town = choir.HomeTown,
            website = choir.Website,
            motto = choir.Motto,
            locale = choir.Locale,
            callback_url = choir.CallbackUrl,
            accompanist_service_url = choir.AccompanistServiceUrl,
            greeting_template = choir.GreetingTemplate,
            created_at = DateTime.UtcNow,
        });
    }

    public Task<int> InsertRegistrationAsync(Registration registration)
    {
        return _db.Query("registrations").InsertGetIdAsync<int>(new
        {
            choir_id = registration.ChoirId,
            festival_year = registration.FestivalYear,
            category = registration.Category,
            singer_count = registration.SingerCount,
            conductor = registration.Conductor,
            status = registration.Status,
            submitted_at = registration.SubmittedAt,
        });
    }

    public Task<Choir?> GetChoirAsync(int choirId)
    {
        return _db.Query("choirs")
            .Select("id as Id", "name as Name", "director_name as DirectorName", "director_email as DirectorEmail",
                "home_town as HomeTown", "website as Website", "motto as Motto", "locale as Locale",
                "callback_url as CallbackUrl", "accompanist_service_url as AccompanistServiceUrl",
                "greeting_template as GreetingTemplate", "created_at as CreatedAt")
            .Where("id", choirId)
            .FirstOrDefaultAsync<Choir?>();
    }

    public Task<Registration?> GetRegistrationAsync(int registrationId)
    {
        return _db.Query("registrations")
            .Select("id as Id", "choir_id as ChoirId", "festival_year as FestivalYear", "category as Category",
                "singer_count as SingerCount", "conductor as Conductor", "status as Status",
                "recording_file as RecordingFile", "submitted_at as SubmittedAt")
            .Where("id", registrationId)
            .FirstOrDefaultAsync<Registration?>();
    }

    public async Task<IReadOnlyList<RegistrationRow>> SearchAsync(RegistrationFilter filter)
    {
        var query = _db.Query("registrations as r")
            .Join("choirs as c", "c.id", "r.choir_id")
            .Select("r.id as Id", "r.choir_id as ChoirId", "c.name as ChoirName", "c.home_town as HomeTown",
                "r.category as Category", "r.singer_count as SingerCount", "r.status as Status", "r.submitted_at as SubmittedAt")
            .Where("r.festival_year", filter.FestivalYear);

        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            query.Where("r.category", filter.Category); // SAFE sqli
        }

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            query.WhereRaw("r.status = ?", filter.Status); // SAFE sqli
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            query.WhereRaw($"(c.name ILIKE '%{filter.Text}%' OR c.home_town ILIKE '%{filter.Text}%')"); // VULN sqli
        }

        query.OrderByRaw($"{filter.SortColumn} {filter.Direction}"); // VULN sqli

        var rows = await query.ForPage(filter.Page, filter.PageSize).GetAsync<RegistrationRow>();
        return rows.ToList();
    }

    public async Task<IReadOnlyList<Registration>> ListForChoirAsync(int choirId)
    {
        var rows = await _db.Query("registrations")
            .Select("id as Id", "choir_id as ChoirId", "festival_year as FestivalYear", "category as Category",
                "singer_count as SingerCount", "conductor as Conductor", "status as Status", "submitted_at as SubmittedAt")
            .Where("choir_id", choirId)
            .OrderByDesc("festival_year")
            .GetAsync<Registration>();
        return rows.ToList();
    }

    public Task<int> CountInCategoryAsync(int festivalYear, string category)
    {
        return _db.Query("registrations")
            .Where("festival_year", festivalYear)
            .Where("category", category)
            .WhereNot("status", RegistrationStatus.Withdrawn)
            .CountAsync<int>();
    }

    public Task SetStatusAsync(int registrationId, string status)
    {
        return _db.Query("registrations").Where("id", registrationId).UpdateAsync(new { status });
    }

    public Task SetRecordingFileAsync(int registrationId, string? fileName)
    {
        return _db.Query("registrations").Where("id", registrationId).UpdateAsync(new { recording_file = fileName });
    }
}
