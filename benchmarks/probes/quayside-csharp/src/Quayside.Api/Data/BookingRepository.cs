using System.Text;
using Npgsql;
using NpgsqlTypes;
using Quayside.Api.Contracts;
using Quayside.Api.Domain;

namespace Quayside.Api.Data;

public sealed record BookingSearchCriteria(string? RouteCode, DateOnly? From, DateOnly? To, string? Sort, bool Descending, int Page, int PageSize);

public sealed class BookingRepository
{
    private static readonly IReadOnlyDictionary<string, string> SortColumns =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["departure"] = "s.departs_at",
            ["reference"] = "b.reference",
            ["passenger"] = "b.lead_passenger_name",
            ["fare"] = "b.total_fare",
            ["status"] = "b.status",
        };

    private const string SummaryColumns =
        "b.reference, b.lead_passenger_name, s.route_code, s.departs_at, b.fare_class, b.total_fare, b.status, b.agent_url";

    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger<BookingRepository> _logger;

    public BookingRepository(NpgsqlDataSource dataSource, ILogger<BookingRepository> logger)
    {
        _dataSource = dataSource;
        _logger = logger;
    }

    public async Task InsertAsync(Booking booking, CancellationToken ct)
    {
        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            """
            INSERT INTO booking (id, reference, sailing_id, lead_passenger_name, email, fare_class, passengers,
                                 vehicle_registration, total_fare, currency, status, agent_code, agent_url, continue_url, created_at)
            VALUES (@id, @reference, @sailing, @name, @email, @fare_class, @passengers,
                    @vrn, @total, @currency, @status, @agent_code, @agent_url, @continue_url, now())
            """, conn);
        cmd.Parameters.AddWithValue("id", booking.Id);
        cmd.Parameters.AddWithValue("reference", booking.Reference);
        cmd.Parameters.AddWithValue("sailing", booking.SailingId);
        cmd.Parameters.AddWithValue("name", booking.LeadPassengerName);
        cmd.Parameters.AddWithValue("email", booking.Email);
        cmd.Parameters.AddWithValue("fare_class", booking.FareClass.ToString());
        cmd.Parameters.AddWithValue("passengers", booking.Passengers);
        cmd.Parameters.AddWithValue("vrn", (object?)booking.VehicleRegistration ?? DBNull.Value);
        cmd.Parameters.AddWithValue("total", booking.TotalFare);
        cmd.Parameters.AddWithValue("currency", booking.Currency);
        cmd.Parameters.AddWithValue("status", booking.Status.ToString());
        cmd.Parameters.AddWithValue("agent_code", (object?)booking.AgentCode ?? DBNull.Value);
        cmd.Parameters.AddWithValue("agent_url", (object?)booking.AgentUrl ?? DBNull.Value);
        cmd.Parameters.AddWithValue("continue_url", (object?)booking.ContinueUrl ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<Booking?> FindByReferenceAsync(string reference, CancellationToken ct)
    {
        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT id, reference, sailing_id, lead_passenger_name, email, fare_class, passengers, vehicle_registration, total_fare, currency, status, agent_code, agent_url, continue_url, created_at FROM booking WHERE reference = @reference", conn); // SAFE sqli
        cmd.Parameters.Add(new NpgsqlParameter("reference", NpgsqlDbType.Varchar) { Value = reference });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        return new Booking
        {
            Id = reader.GetGuid(0),
            Reference = reader.GetString(1),
            SailingId = reader.GetGuid(2),
            LeadPassengerName = reader.GetString(3),
            Email = reader.GetString(4),
            FareClass = Enum.Parse<FareClass>(reader.GetString(5)),
            Passengers = reader.GetInt32(6),
            VehicleRegistration = reader.IsDBNull(7) ? null : reader.GetString(7),
            TotalFare = reader.GetDecimal(8),
            Currency = reader.GetString(9),
            Status = Enum.Parse<BookingStatus>(reader.GetString(10)),
            AgentCode = reader.IsDBNull(11) ? null : reader.GetString(11),
            AgentUrl = reader.IsDBNull(12) ? null : reader.GetString(12),
            ContinueUrl = reader.IsDBNull(13) ? null : reader.GetString(13),
            CreatedAt = reader.GetFieldValue<DateTimeOffset>(14),
        };
    }

    public async Task<IReadOnlyList<BookingSummary>> SearchAsync(BookingSearchCriteria criteria, CancellationToken ct)
    {
        var orderBy = SortColumns.TryGetValue(criteria.Sort ?? "departure", out var column) ? column : criteria.Sort;
        var direction = criteria.Descending ? " DESC" : " ASC";

        var sql = new StringBuilder($"SELECT {SummaryColumns} FROM booking b JOIN sailing s ON s.id = b.sailing_id WHERE 1 = 1");
        var parameters = new List<NpgsqlParameter>();

        if (!string.IsNullOrEmpty(criteria.RouteCode))
        {
            sql.Append(" AND s.route_code = @route");
            parameters.Add(new NpgsqlParameter("route", criteria.RouteCode));
        }

        if (criteria.From is { } from)
        {
            sql.Append(" AND s.departs_at >= @from");
            parameters.Add(new NpgsqlParameter("from", from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
        }

        if (criteria.To is { } to)
        {
            sql.Append(" AND s.departs_at < @to");
            parameters.Add(new NpgsqlParameter("to", to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
        }

        var pageSize = Math.Clamp(criteria.PageSize, 1, 200);
        parameters.Add(new NpgsqlParameter("limit", pageSize));
        parameters.Add(new NpgsqlParameter("offset", (Math.Max(criteria.Page, 1) - 1) * pageSize));

        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(sql + " ORDER BY " + orderBy + direction + " LIMIT @limit OFFSET @offset", conn); // VULN sqli
        cmd.Parameters.AddRange(parameters.ToArray());

        _logger.LogDebug("Booking search on {Route} sorted by {Sort}", criteria.RouteCode, criteria.Sort);
        return await ReadSummariesAsync(cmd, ct);
    }

    public async Task<IReadOnlyList<BookingSummary>> RecentForBackOfficeAsync(string? text, int limit, CancellationToken ct)
    {
        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            $"SELECT {SummaryColumns} FROM booking b JOIN sailing s ON s.id = b.sailing_id " +
            "WHERE (@text IS NULL OR b.reference ILIKE @text || '%' OR b.lead_passenger_name ILIKE '%' || @text || '%') " +
            "ORDER BY b.created_at DESC LIMIT @limit", conn);
        cmd.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = (object?)text ?? DBNull.Value });
        cmd.Parameters.AddWithValue("limit", Math.Clamp(limit, 1, 500));
        return await ReadSummariesAsync(cmd, ct);
    }

    public async Task<Sailing?> GetSailingAsync(Guid sailingId, CancellationToken ct)
    {
        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            "SELECT id, route_code, vessel_name, departure_port, arrival_port, departs_at, arrives_at, passenger_capacity, lane_metres_capacity FROM sailing WHERE id = @id", conn);
        cmd.Parameters.AddWithValue("id", sailingId);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        return new Sailing
        {
            Id = reader.GetGuid(0),
            RouteCode = reader.GetString(1),
            VesselName = reader.GetString(2),
            DeparturePort = reader.GetString(3),
            ArrivalPort = reader.GetString(4),
            DepartsAt = reader.GetFieldValue<DateTimeOffset>(5),
            ArrivesAt = reader.GetFieldValue<DateTimeOffset>(6),
            PassengerCapacity = reader.GetInt32(7),
            LaneMetresCapacity = reader.GetInt32(8),
        };
    }

    public async Task<IReadOnlyList<Sailing>> AvailableSailingsAsync(string departurePort, string arrivalPort, DateOnly date, CancellationToken ct)
    {
        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            "SELECT id, route_code, vessel_name, departure_port, arrival_port, departs_at, arrives_at, passenger_capacity, lane_metres_capacity " +
            "FROM sailing WHERE departure_port = @from AND arrival_port = @to AND departs_at >= @day AND departs_at < @day + interval '1 day' ORDER BY departs_at", conn);
        cmd.Parameters.AddWithValue("from", departurePort);
        cmd.Parameters.AddWithValue("to", arrivalPort);
        cmd.Parameters.AddWithValue("day", date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

        var sailings = new List<Sailing>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            sailings.Add(new Sailing
            {
                Id = reader.GetGuid(0),
                RouteCode = reader.GetString(1),
                VesselName = reader.GetString(2),
                DeparturePort = reader.GetString(3),
                ArrivalPort = reader.GetString(4),
                DepartsAt = reader.GetFieldValue<DateTimeOffset>(5),
                ArrivesAt = reader.GetFieldValue<DateTimeOffset>(6),
                PassengerCapacity = reader.GetInt32(7),
                LaneMetresCapacity = reader.GetInt32(8),
            });
        }

        return sailings;
    }

    public async Task<int> CountPassengersAsync(Guid sailingId, CancellationToken ct)
    {
        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(
            "SELECT COALESCE(SUM(passengers), 0) FROM booking WHERE sailing_id = @id AND status NOT IN ('Cancelled', 'Refunded')", conn);
        cmd.Parameters.AddWithValue("id", sailingId);
        var result = await cmd.ExecuteScalarAsync(ct);
        return Convert.ToInt32(result);
    }

    public async Task UpdateStatusAsync(Guid bookingId, BookingStatus status, CancellationToken ct)
    {
        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand("UPDATE booking SET status = @status WHERE id = @id", conn);
        cmd.Parameters.AddWithValue("status", status.ToString());
        cmd.Parameters.AddWithValue("id", bookingId);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<IReadOnlyList<BookingSummary>> ReadSummariesAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        var results = new List<BookingSummary>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            results.Add(new BookingSummary
            {
                Reference = reader.GetString(0),
                LeadPassengerName = reader.GetString(1),
                RouteCode = reader.GetString(2),
                DepartsAt = reader.GetFieldValue<DateTimeOffset>(3),
                FareClass = reader.GetString(4),
                TotalFare = reader.GetDecimal(5),
                Status = reader.GetString(6),
                AgentUrl = reader.IsDBNull(7) ? null : reader.GetString(7),
            });
        }

        return results;
    }
}
