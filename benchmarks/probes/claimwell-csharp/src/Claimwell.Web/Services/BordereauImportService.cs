using System.Globalization;
using System.Xml;
using Claimwell.Web.Data;
using Claimwell.Web.Infrastructure;
using Claimwell.Web.Models;

namespace Claimwell.Web.Services;

/// <summary>Imports monthly broker bordereaux (ACORD-style XML, optionally zipped).</summary>
public sealed class BordereauImportService
{
    private const string Namespace = "urn:claimwell:bordereau:1";
    private static readonly IReadOnlySet<string> XmlOnly = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".xml" };

    private readonly PolicyRepository _policies;
    private readonly ZipBundleExtractor _extractor;
    private readonly ILogger<BordereauImportService> _logger;

    public BordereauImportService(PolicyRepository policies, ZipBundleExtractor extractor, ILogger<BordereauImportService> logger)
    {
        _policies = policies;
        _extractor = extractor;
        _logger = logger;
    }

    public async Task<BordereauImportResult> ImportUploadAsync(string fileName, Stream content, Guid brokerId, CancellationToken ct)
    {
        if (!Path.GetExtension(fileName).Equals(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return await ImportXmlAsync(content, brokerId, ct);
        }

        var workDirectory = Path.Combine(Path.GetTempPath(), "claimwell-bordereau", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workDirectory);
        try
        {
            var total = BordereauImportResult.Empty;
            foreach (var file in _extractor.ExtractTo(content, workDirectory, XmlOnly))
            {
                await using var xml = File.OpenRead(file);
                total = total.Merge(await ImportXmlAsync(xml, brokerId, ct));
            }

            return total;
        }
        finally
        {
            Directory.Delete(workDirectory, recursive: true);
        }
    }

    private async Task<BordereauImportResult> ImportXmlAsync(Stream xml, Guid brokerId, CancellationToken ct)
    {
        var doc = new XmlDocument { XmlResolver = new XmlUrlResolver() };
        doc.Load(xml); // VULN xxe

        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("b", Namespace);

        int created = 0, updated = 0, rejected = 0;
        var rows = doc.SelectNodes("/b:Bordereau/b:Policy", ns);
        if (rows is null)
        {
            return BordereauImportResult.Empty;
        }

        foreach (XmlElement row in rows)
        {
            var policy = MapRow(row, ns, brokerId);
            if (policy is null)
            {
                rejected++;
                continue;
            }

            if (await _policies.UpsertFromBordereauAsync(policy, ct))
            {
                created++;
            }
            else
            {
                updated++;
            }
        }

        _logger.LogInformation("Bordereau import: {Created} created, {Updated} updated, {Rejected} rejected", created, updated, rejected);
        return new BordereauImportResult(created, updated, rejected);
    }

    private static Policy? MapRow(XmlElement row, XmlNamespaceManager ns, Guid brokerId)
    {
        string? Text(string name) => row.SelectSingleNode("b:" + name, ns)?.InnerText.Trim();

        var number = Text("PolicyNumber");
        var product = Text("ProductCode");
        if (!InputRules.IsPolicyNumber(number) || !InputRules.IsProductCode(product))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(Text("EffectiveFrom"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !DateOnly.TryParseExact(Text("EffectiveTo"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            || !decimal.TryParse(Text("Premium"), NumberStyles.Number, CultureInfo.InvariantCulture, out var premium)
            || !decimal.TryParse(Text("CoverageLimit"), NumberStyles.Number, CultureInfo.InvariantCulture, out var limit))
        {
            return null;
        }

        decimal.TryParse(Text("Deductible"), NumberStyles.Number, CultureInfo.InvariantCulture, out var deductible);

        return new Policy
        {
            Id = Guid.NewGuid(),
            PolicyNumber = number!,
            ProductCode = product!,
            HolderFirstName = Text("HolderFirstName") ?? "",
            HolderLastName = Text("HolderLastName") ?? "",
            HolderEmail = Text("HolderEmail") ?? "",
            BrokerId = brokerId,
            EffectiveFrom = from,
            EffectiveTo = to,
            Premium = premium,
            CoverageLimit = limit,
            Deductible = deductible,
            Status = to < DateOnly.FromDateTime(DateTime.UtcNow) ? PolicyStatus.Lapsed : PolicyStatus.Active
        };
    }
}
