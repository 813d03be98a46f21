using Dapper;

namespace Innkeep.Models;

public enum LoyaltyTier { None = 0, Silver = 1, Gold = 2, Platinum = 3 }

public class Guest
{
    public int Id { get; set; }
    public string FirstName { get; set; } = string.Empty;
    public string LastName { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string? Phone { get; set; }
    public string? City { get; set; }
    public LoyaltyTier LoyaltyTier { get; set; }
}

public record GuestSummary(int Id, string FirstName, string LastName, string Email, string? City, LoyaltyTier LoyaltyTier);

public record GuestQuery(string WhereClause, string OrderBy, int Offset, int PageSize, DynamicParameters Parameters);

public class StaffAccount
{
    public int Id { get; set; }
    public string UserName { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string PasswordHash { get; set; } = string.Empty;
    public string? LegacyPmsPassword { get; set; }
    public string Role { get; set; } = "frontdesk";
    public string? ResetCode { get; set; }
    public DateTime? ResetCodeExpiresUtc { get; set; }
}

public record StaffRecord(string UserName, string DisplayName, string? Email, string? Department, string? Phone);

public class Review
{
    public MongoDB.Bson.ObjectId Id { get; set; }
    public string RoomType { get; set; } = string.Empty;
    public string Title { get; set; } = string.Empty;
    public string Body { get; set; } = string.Empty;
    public int Rating { get; set; }
    public string AuthorFirstName { get; set; } = string.Empty;
    public bool Published { get; set; }
    public DateTime CreatedAt { get; set; }
}
