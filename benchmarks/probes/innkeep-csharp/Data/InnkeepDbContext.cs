using Innkeep.Models;
using Microsoft.EntityFrameworkCore;

namespace Innkeep.Data;

public class Room
{
    public int Id { get; set; }
    public string Number { get; set; } = string.Empty;
    public string RoomType { get; set; } = "STD";
    public int Floor { get; set; }
    public bool IsActive { get; set; } = true;
    public bool IsFeatured { get; set; }
    public string? PhotoUrl { get; set; }
}

public class InnkeepDbContext : DbContext
{
    public InnkeepDbContext(DbContextOptions<InnkeepDbContext> options) : base(options)
    {
    }

    public DbSet<Reservation> Reservations => Set<Reservation>();
    public DbSet<Guest> Guests => Set<Guest>();
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<StaffAccount> StaffAccounts => Set<StaffAccount>();

}
