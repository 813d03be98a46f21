using System.Globalization;
using System.Text;
using Hangfire;
using Rampwise.Web.Services;

namespace Rampwise.Web.Jobs;

public class ManifestExportJob
{
    private readonly IBaggageService _baggage;
    private readonly ReportStorage _storage;
    private readonly ILogger<ManifestExportJob> _logger;

    public ManifestExportJob(IBaggageService baggage, ReportStorage storage, ILogger<ManifestExportJob> logger)
    {
        _baggage = baggage;
        _storage = storage;
        _logger = logger;
    }

    [AutomaticRetry(Attempts = 1)]
    [Queue("exports")]
    public async Task RunAsync(string flightNumber, DateOnly flightDate, string exportName, CancellationToken ct)
    {
        var model = await _baggage.GetManifestAsync(flightNumber, flightDate, null);

        var csv = new StringBuilder();
        csv.AppendLine("tag,passenger,destination,onward,uld,weight_kg,status,hold_position");
        foreach (var bag in model.Manifest.Bags)
        {
            csv.Append(bag.TagNumber).Append(',')
               .Append(Quote(bag.PassengerName)).Append(',')
               .Append(bag.Destination).Append(',')
               .Append(bag.OnwardFlight).Append(',')
               .Append(bag.Uld).Append(',')
               .Append(bag.WeightKg.ToString(CultureInfo.InvariantCulture)).Append(',')
               .Append(bag.Status).Append(',')
               .Append(bag.HoldPosition)
               .AppendLine();
        }

        var path = await _storage.WriteExportAsync(exportName, csv.ToString(), ct);
        _logger.LogInformation("Manifest {Flight}/{Date} exported to {Path}", flightNumber, flightDate, path);
    }

    private static string Quote(string value)
    {
        var cleaned = value.Replace("\"", "\"\"");
        if (cleaned.Length > 0 && "=+-@".Contains(cleaned[0]))
        {
            cleaned = "'" + cleaned;
        }
        return $"\"{cleaned}\"";
    }
}
