using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using Rollcall.Web.Data;
using Rollcall.Web.Models;

namespace Rollcall.Web.Services;

public sealed class EnrolmentService
{
    // Custom field answers keep their CLR type (dates, numbers, lists) across the round trip.
    private static readonly JsonSerializerSettings FormSettings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
    };

    private readonly RollcallDbContext _db;
    private readonly ILogger<EnrolmentService> _logger;

    public EnrolmentService(RollcallDbContext db, ILogger<EnrolmentService> logger)
    {
        _db = db;
        _logger = logger;
    }

    public EnrolmentForm ParseForm(string formJson)
    {
        var form = JsonConvert.DeserializeObject<EnrolmentForm>(formJson, FormSettings); // VULN deser
        return form ?? throw new JsonSerializationException("Enrolment form was empty.");
    }

    public async Task<Enrolment> CreatePendingAsync(Guid submissionId, int schoolId, string guardianEmail, EnrolmentForm form, string formJson, CancellationToken ct)
    {
        var enrolment = new Enrolment
        {
            Id = submissionId,
            SchoolId = schoolId,
            GuardianEmail = guardianEmail,
            StudentFirstName = form.StudentFirstName.Trim(),
            StudentLastName = form.StudentLastName.Trim(),
            DateOfBirth = DateOnly.FromDateTime(form.DateOfBirth),
            RequestedGradeLevel = form.RequestedGradeLevel,
            PreviousSchool = form.PreviousSchool,
            Status = EnrolmentStatus.Pending,
            FormJson = formJson,
            CreatedAt = DateTime.UtcNow,
        };

        _db.Enrolments.Add(enrolment);
        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("Enrolment {Id} queued for school {SchoolId}", submissionId, schoolId);
        return enrolment;
    }

    public Task<List<Enrolment>> ListPendingAsync(int schoolId, CancellationToken ct) =>
        _db.Enrolments.AsNoTracking()
            .Where(e => e.SchoolId == schoolId && e.Status == EnrolmentStatus.Pending)
            .OrderBy(e => e.CreatedAt)
            .ToListAsync(ct);

    public async Task AttachTranscriptAsync(Guid submissionId, Transcript transcript, CancellationToken ct)
    {
        var enrolment = await _db.Enrolments.FirstOrDefaultAsync(e => e.Id == submissionId, ct);
        if (enrolment is null)
        {
            _logger.LogWarning("Transcript received for unknown enrolment {Id}", submissionId);
            return;
        }

        enrolment.TranscriptJson = System.Text.Json.JsonSerializer.Serialize(transcript);
        await _db.SaveChangesAsync(ct);
    }

    public async Task<bool> DecideAsync(Guid id, bool approve, CancellationToken ct)
    {
        var enrolment = await _db.Enrolments.FirstOrDefaultAsync(e => e.Id == id && e.Status == EnrolmentStatus.Pending, ct);
        if (enrolment is null)
        {
            return false;
        }

        enrolment.Status = approve ? EnrolmentStatus.Approved : EnrolmentStatus.Rejected;
        await _db.SaveChangesAsync(ct);
        return true;
    }
}
