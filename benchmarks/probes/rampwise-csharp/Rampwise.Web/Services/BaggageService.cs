using System.Security.Cryptography;
using System.Text;
using Rampwise.Web.Domain;
using Rampwise.Web.Models;
using Rampwise.Web.Repositories;

namespace Rampwise.Web.Services;

public interface IBaggageService
{
    Task<ManifestViewModel> GetManifestAsync(string flightNumber, DateOnly flightDate, string? tagPrefix);
    Task<IReadOnlyList<BagTag>> SearchAsync(BagSearchQuery query);
    Task<ManifestImportResult> ImportManifestAsync(Stream xml);
    Task<ManifestImportResult> ImportLoadMessageAsync(Stream xml);
}

public class BaggageService : IBaggageService
{
    private readonly IBaggageRepository _repository;
    private readonly ManifestXmlParser _parser;

    public BaggageService(IBaggageRepository repository, ManifestXmlParser parser)
    {
        _repository = repository;
        _parser = parser;
    }

    public async Task<ManifestViewModel> GetManifestAsync(string flightNumber, DateOnly flightDate, string? tagPrefix)
    {
        var bags = await _repository.GetManifestAsync(flightNumber, flightDate, tagPrefix);
        var manifest = new BaggageManifest
        {
            FlightNumber = flightNumber,
            FlightDate = flightDate,
            Bags = bags.ToList()
        };

        return new ManifestViewModel
        {
            Manifest = manifest,
            TagPrefix = tagPrefix,
            ETag = ComputeETag(manifest)
        };
    }

    public Task<IReadOnlyList<BagTag>> SearchAsync(BagSearchQuery query) => _repository.SearchAsync(query);

    public async Task<ManifestImportResult> ImportManifestAsync(Stream xml)
    {
        var (manifest, warnings) = _parser.ParseBagManifest(xml);
        var imported = await _repository.UpsertAsync(manifest.Bags);
        return new ManifestImportResult
        {
            FlightNumber = manifest.FlightNumber,
            Imported = imported,
            Skipped = manifest.Bags.Count - imported,
            Warnings = warnings
        };
    }

    public async Task<ManifestImportResult> ImportLoadMessageAsync(Stream xml)
    {
        var manifest = _parser.ParseLoadMessage(xml);
        var imported = await _repository.UpsertAsync(manifest.Bags);
        return new ManifestImportResult { FlightNumber = manifest.FlightNumber, Imported = imported };
    }

    /// <summary>Weak validator for the manifest page so tablets can poll cheaply.</summary>
    private static string ComputeETag(BaggageManifest manifest)
    {
        var sb = new StringBuilder();
        foreach (var bag in manifest.Bags.OrderBy(b => b.TagNumber))
        {
            sb.Append(bag.TagNumber).Append('|').Append(bag.Status).Append('|').Append(bag.Uld).Append(';');
        }
        var digest = SHA1.HashData(Encoding.UTF8.GetBytes(sb.ToString())); // SAFE hash
        return "W/\"" + Convert.ToHexString(digest) + "\"";
    }
}
