namespace Enrolla.Core.Models;

public enum SchoolPhase { Nursery, Primary, Secondary, AllThrough, SixthForm }

public enum OfferStatus { Pending, Offered, Accepted, Declined, Withdrawn, Waitlisted }

public class Applicant
{
    public Guid Id { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public DateOnly DateOfBirth { get; set; }
    public string Postcode { get; set; } = "";
    public string LocalAuthority { get; set; } = "";
    public string GuardianEmail { get; set; } = "";
    public DateTime ReceivedAt { get; set; }
}

public class School
{
    public int Id { get; set; }
    public string Urn { get; set; } = "";
    public string Name { get; set; } = "";
    public SchoolPhase Phase { get; set; }
    public int LaCode { get; set; }
    public string LocalAuthority { get; set; } = "";
    public int Capacity { get; set; }
}

public class Offer
{
    public Guid Id { get; set; }
    public Guid ApplicantId { get; set; }
    public int SchoolId { get; set; }
    public int Round { get; set; }
    public OfferStatus Status { get; set; }
    public string AcceptanceCode { get; set; } = "";
    public DateTime IssuedAt { get; set; }
}

public class AppealDocument
{
    public string Id { get; set; } = "";
    public Guid ApplicantId { get; set; }
    public int SchoolId { get; set; }
    public string Grounds { get; set; } = "";
    public string Status { get; set; } = "Lodged";
    public DateTime LodgedAt { get; set; }
    public List<string> EvidenceFiles { get; set; } = [];
}

public class GuardianAccount
{
    public Guid Id { get; set; }
    public string Email { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string? ResetToken { get; set; }
}

[Serializable]
public class DashboardPreferences
{
    public string DefaultAuthority { get; set; } = "";
    public int PageSize { get; set; } = 25;
    public List<int> PinnedSchools { get; set; } = [];
}

public record OfferSummary(Guid OfferId, string ApplicantName, string SchoolName, int Round, OfferStatus Status);
public record StaffDirectoryEntry(string Username, string DisplayName, string Email, string Department);
public record GuardianInvite(Guid ApplicantId, string Email, DateTime ExpiresAt);
public record LetterModel(string ChildName, string SchoolName, string AcademicYear, DateTime RespondBy);
public record RankingInputs(double DistanceKm, bool HasSibling, bool LookedAfter, int PreferenceRank);
