using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Rollcall.Web.Config;
using Rollcall.Web.Data;
using Rollcall.Web.Models;
using Rollcall.Web.Services;

namespace Rollcall.Web.Jobs;

public sealed class ReportJobs
{
    private readonly RollcallDbContext _db;
    private readonly NpgsqlDataSource _dataSource;
    private readonly ReportRenderer _renderer;
    private readonly StorageOptions _storage;
    private readonly ReportingOptions _reporting;
    private readonly ILogger<ReportJobs> _logger;

    public ReportJobs(
        RollcallDbContext db,
        NpgsqlDataSource dataSource,
        ReportRenderer renderer,
        IOptions<StorageOptions> storage,
        IOptions<ReportingOptions> reporting,
        ILogger<ReportJobs> logger)
    {
        _db = db;
        _dataSource = dataSource;
        _renderer = renderer;
        _storage = storage.Value;
        _reporting = reporting.Value;
        _logger = logger;
    }

    [AutomaticRetry(Attempts = 1)]
    [Queue("reports")]
    public async Task RenderReportCardsAsync(ReportCardRequest request)
    {
        var students = await _db.Students.AsNoTracking()
            .Where(s => s.ClassId == request.ClassId && s.Active)
            .OrderBy(s => s.LastName).ThenBy(s => s.FirstName)
            .ToListAsync();

        var outputDir = Path.Combine(
            _storage.ReportOutputDir,
            request.SchoolId.ToString(CultureInfo.InvariantCulture),
            request.ClassId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(outputDir);

        foreach (var student in students)
        {
            var grades = await _db.Grades.AsNoTracking()
                .Where(g => g.StudentId == student.Id && g.ClassId == request.ClassId && g.Term == request.Term)
                .ToListAsync();

            var model = ReportCardModel.Build(student, grades, request, _reporting.DistrictName);
            var html = await _renderer.RenderReportCardAsync(model);
            var htmlPath = Path.Combine(outputDir, $"{student.StudentNumber}.html");
            await File.WriteAllTextAsync(htmlPath, html);

            await _renderer.ConvertToPdfAsync(htmlPath, Path.ChangeExtension(htmlPath, ".pdf"), request.Title);
            File.Delete(htmlPath);
        }

        _logger.LogInformation("Rendered {Count} report cards for class {ClassId}", students.Count, request.ClassId);
    }

    [AutomaticRetry(Attempts = 0)]
    [Queue("maintenance")]
    public async Task ArchiveTermAsync(string termLabel)
    {
        var table = "grades_" + termLabel.Replace('-', '_').ToLowerInvariant();
        var sql = $"CREATE TABLE IF NOT EXISTS {_reporting.ArchiveSchema}.{table} AS SELECT * FROM grades WHERE term = '{termLabel}'";

        await using var connection = await _dataSource.OpenConnectionAsync();
        var rows = await new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync(); // VULN sqli
        _logger.LogInformation("Archived term {Term} into {Table} ({Rows} rows)", termLabel, table, rows);
    }
}
