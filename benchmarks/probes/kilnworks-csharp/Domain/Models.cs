namespace Kilnworks.Domain;

public enum FiringType
{
    Bisque,
    GlazeCone6,
    GlazeCone10,
    Raku,
    Luster
}

public enum FiringStatus
{
    Scheduled,
    Loading,
    Firing,
    Cooling,
    Unloaded,
    Cancelled
}

public sealed class Kiln
{
    public int Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public string ControllerHost { get; set; } = string.Empty;
    public int ControllerPort { get; set; } = 443;
    public int MaxCone { get; set; } = 10;
    public decimal ShelfAreaSqCm { get; set; }
    public bool Active { get; set; } = true;
}

public sealed class Firing
{
    public long Id { get; set; }
    public int KilnId { get; set; }
    public string KilnName { get; set; } = string.Empty;
    public FiringType Type { get; set; }
    public FiringStatus Status { get; set; }
    public string TargetCone { get; set; } = "06";
    public string ScheduleProfile { get; set; } = string.Empty;
    public DateTime ScheduledFor { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public int? PeakTemperatureC { get; set; }
    public string? Notes { get; set; }
    public int LoadedById { get; set; }
}

public sealed class FiringLogEntry
{
    public long FiringId { get; set; }
    public DateTime RecordedAt { get; set; }
    public int TemperatureC { get; set; }
    public string Segment { get; set; } = string.Empty;
}

public sealed class StudioClass
{
    public int Id { get; set; }
    public string Title { get; set; } = string.Empty;
    public string Instructor { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public DateTime StartsAt { get; set; }
    public int DurationMinutes { get; set; } = 120;
    public int Capacity { get; set; } = 10;
    public decimal Price { get; set; }
    public string Level { get; set; } = "beginner";
}

public sealed class Booking
{
    public long Id { get; set; }
    public int ClassId { get; set; }
    public int MemberId { get; set; }
    public string AttendeeName { get; set; } = string.Empty;
    public string AttendeeEmail { get; set; } = string.Empty;
    public int Seats { get; set; } = 1;
    public string ConfirmationCode { get; set; } = string.Empty;
    public string Status { get; set; } = "pending";
    public DateTime CreatedAt { get; set; }
    public string? Comment { get; set; }
}

public sealed class GlazeRecipe
{
    public int Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public string Cone { get; set; } = "6";
    public string Atmosphere { get; set; } = "oxidation";
    public string Surface { get; set; } = "glossy";
    public string? Notes { get; set; }
    public string? PhotoFile { get; set; }
    public string? LabelTemplate { get; set; }
    public string? ExpansionFormula { get; set; }
    public int AuthorId { get; set; }
    public bool Shared { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<GlazeIngredient> Ingredients { get; set; } = new();
}

public sealed class GlazeIngredient
{
    public int RecipeId { get; set; }
    public string Material { get; set; } = string.Empty;
    public decimal Percent { get; set; }
    public bool IsAddition { get; set; }
}

public sealed class Member
{
    public int Id { get; set; }
    public string Email { get; set; } = string.Empty;
    public string DisplayName { get; set; } = string.Empty;
    public string PasswordHash { get; set; } = string.Empty;
    public string Role { get; set; } = "member";
    public string? Website { get; set; }
    public string? Bio { get; set; }
    public string? WebhookUrl { get; set; }
    public string? ResetToken { get; set; }
    public DateTime? ResetTokenExpires { get; set; }
    public int ShelfCredits { get; set; }
    public DateTime JoinedAt { get; set; }
}

public sealed class SavedReport
{
    public int Id { get; set; }
    public int OwnerId { get; set; }
    public string Title { get; set; } = string.Empty;
    public string FilterExpression { get; set; } = string.Empty;
    public string Recipient { get; set; } = string.Empty;
    public DateTime CreatedAt { get; set; }
}
