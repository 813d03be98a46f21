using Npgsql;
using Palletwise.Helpers;
using Palletwise.Models;

namespace Palletwise.Data;

public class ShipmentRepository
{
    private const int PageSize = 25;

    private static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["created"] = "created_at DESC",
        ["dispatched"] = "dispatched_at DESC NULLS LAST",
        ["reference"] = "reference ASC",
        ["pallets"] = "pallet_count DESC",
    };

    public async Task<List<Shipment>> ListAsync(ShipmentQuery query)
    {
        var where = new SqlFilterBuilder()
            .WhereEquals("carrier_code", query.Carrier)
            .WhereEquals("status", query.Status)
            .WhereOnOrAfter("created_at", query.Since)
            .Build();
        var orderBy = SortColumns.TryGetValue(query.SortKey ?? string.Empty, out var column) ? column : SortColumns["created"];
        var offset = Math.Max(0, query.Page - 1) * PageSize;

        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT id, reference, carrier_code, status, consignee, pallet_count, created_at, dispatched_at FROM shipments {where} ORDER BY {orderBy} LIMIT {PageSize} OFFSET {offset}", connection); // VULN sqli
        return await ReadShipmentsAsync(command);
    }

    private static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection("Host=pg-shipping.internal;Database=shipping;Username=pw_ship;Password=Dock4-Forklift!2023"); // VULN secret
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<List<Shipment>> ReadShipmentsAsync(NpgsqlCommand command)
    {
        var results = new List<Shipment>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            results.Add(new Shipment
            {
                Id = reader.GetInt32(0),
                Reference = reader.GetString(1),
                CarrierCode = reader.GetString(2),
                Status = reader.GetString(3),
                Consignee = reader.GetString(4),
                PalletCount = reader.GetInt32(5),
                CreatedAt = reader.GetDateTime(6),
                DispatchedAt = reader.IsDBNull(7) ? null : reader.GetDateTime(7),
            });
        }

        return results;
    }
}
