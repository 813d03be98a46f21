using Microsoft.EntityFrameworkCore;
using Rollcall.Web.Models;

namespace Rollcall.Web.Data;

public sealed class GradeRepository
{
    private readonly RollcallDbContext _db;

    public GradeRepository(RollcallDbContext db)
    {
        _db = db;
    }

    public Task<List<Grade>> GetForClassAsync(int classId, string term, CancellationToken ct) =>
        _db.Grades.AsNoTracking()
            .Where(g => g.ClassId == classId && g.Term == term)
            .ToListAsync(ct);

    public Task<List<Grade>> GetForStudentAsync(int studentId, string? term, CancellationToken ct)
    {
        var query = _db.Grades.AsNoTracking().Where(g => g.StudentId == studentId);
        if (!string.IsNullOrEmpty(term))
        {
            query = query.Where(g => g.Term == term);
        }

        return query.OrderBy(g => g.ClassId).ThenBy(g => g.Component).ToListAsync(ct);
    }

    public Task<int> UpdateCommentAsync(int gradeId, string comment, int staffId, CancellationToken ct) =>
        _db.Database.ExecuteSqlRawAsync("UPDATE grades SET comment = {0}, updated_by = {1}, updated_at = now() WHERE id = {2}", new object[] { comment, staffId, gradeId }, ct); // SAFE sqli

    public async Task AddTranscriptGradesAsync(int studentId, IEnumerable<Grade> grades, CancellationToken ct)
    {
        foreach (var grade in grades)
        {
            grade.StudentId = studentId;
            grade.UpdatedAt = DateTime.UtcNow;
            _db.Grades.Add(grade);
        }

        await _db.SaveChangesAsync(ct);
    }
}
