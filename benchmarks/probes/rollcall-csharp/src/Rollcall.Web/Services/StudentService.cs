using Rollcall.Web.Data;
using Rollcall.Web.Models;
using Rollcall.Web.Util;

namespace Rollcall.Web.Services;

public sealed class StudentService
{
    private const int MaxResults = 200;

    private readonly StudentRepository _repository;
    private readonly ILogger<StudentService> _logger;

    public StudentService(StudentRepository repository, ILogger<StudentService> logger)
    {
        _repository = repository;
        _logger = logger;
    }

    public Task<List<Student>> SearchAsync(int schoolId, string term, string? sort, string? order, CancellationToken ct)
    {
        var direction = SortColumns.Direction(order);
        var sortBy = string.IsNullOrWhiteSpace(sort) ? "last_name" : sort.Trim();
        _logger.LogDebug("Student search in school {SchoolId} sorted by {Sort} {Direction}", schoolId, sortBy, direction);
        return _repository.SearchAsync(new StudentSearch(schoolId, term.Trim(), sortBy, direction, MaxResults), ct);
    }

    public Task<Student?> GetByNumberAsync(string studentNumber, CancellationToken ct) =>
        _repository.GetByNumberAsync(studentNumber.Trim().ToUpperInvariant(), ct);

    public Task<Student?> GetByIdAsync(int id, CancellationToken ct) => _repository.GetByIdAsync(id, ct);

    public Task<bool> ExistsAsync(int id, CancellationToken ct) => _repository.ExistsAsync(id, ct);

    public Task<List<Student>> GetRosterAsync(int classId, string? sort, CancellationToken ct) =>
        _repository.GetRosterAsync(classId, sort, ct);

    public static IReadOnlyList<Student> SeatingChart(IEnumerable<Student> roster)
    {
        var seats = roster.ToArray();
        Random.Shared.Shuffle(seats);
        return seats;
    }
}
