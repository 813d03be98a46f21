using Microsoft.EntityFrameworkCore;
using Rollcall.Web.Models;
using Rollcall.Web.Util;

namespace Rollcall.Web.Data;

public sealed class StudentRepository
{
    private readonly RollcallDbContext _db;

    public StudentRepository(RollcallDbContext db)
    {
        _db = db;
    }

    public Task<Student?> GetByNumberAsync(string studentNumber, CancellationToken ct) =>
        _db.Students.FromSql($"SELECT * FROM students WHERE student_number = {studentNumber}").AsNoTracking().FirstOrDefaultAsync(ct); // SAFE sqli

    public Task<Student?> GetByIdAsync(int id, CancellationToken ct) =>
        _db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);

    public Task<bool> ExistsAsync(int id, CancellationToken ct) =>
        _db.Students.AnyAsync(s => s.Id == id && s.Active, ct);

    public Task<List<Student>> GetRosterAsync(int classId, string? sortKey, CancellationToken ct)
    {
        var column = SortColumns.Resolve(sortKey);
        return _db.Students.FromSqlRaw($"SELECT * FROM students WHERE class_id = {{0}} AND active ORDER BY {column}, id", classId).AsNoTracking().ToListAsync(ct); // SAFE sqli
    }

    public Task<List<Student>> SearchAsync(StudentSearch search, CancellationToken ct)
    {
        var sql = $"SELECT * FROM students WHERE school_id = {{0}} AND (last_name ILIKE {{1}} OR student_number = {{2}}) ORDER BY {search.SortBy} {search.Direction} LIMIT {{3}}";
        return _db.Students.FromSqlRaw(sql, search.SchoolId, search.Term + "%", search.Term, search.Limit).AsNoTracking().ToListAsync(ct); // VULN sqli
    }

    public async Task<(int Created, int Updated)> UpsertRosterAsync(int schoolId, IReadOnlyList<RosterRow> rows, CancellationToken ct)
    {
        var numbers = rows.Select(r => r.StudentNumber).ToList();
        var existing = await _db.Students
            .Where(s => s.SchoolId == schoolId && numbers.Contains(s.StudentNumber))
            .ToDictionaryAsync(s => s.StudentNumber, ct);
        var classes = await _db.Classes
            .Where(c => c.SchoolId == schoolId)
            .ToDictionaryAsync(c => c.Code, c => c.Id, ct);

        int created = 0, updated = 0;
        foreach (var row in rows)
        {
            classes.TryGetValue(row.ClassCode, out var classId);
            if (existing.TryGetValue(row.StudentNumber, out var student))
            {
                student.FirstName = row.FirstName;
                student.LastName = row.LastName;
                student.GradeLevel = row.GradeLevel;
                student.ClassId = classId == 0 ? student.ClassId : classId;
                updated++;
            }
            else
            {
                _db.Students.Add(new Student
                {
                    StudentNumber = row.StudentNumber,
                    FirstName = row.FirstName,
                    LastName = row.LastName,
                    DateOfBirth = row.DateOfBirth,
                    GradeLevel = row.GradeLevel,
                    SchoolId = schoolId,
                    ClassId = classId == 0 ? null : classId,
                });
                created++;
            }
        }

        await _db.SaveChangesAsync(ct);
        return (created, updated);
    }
}
