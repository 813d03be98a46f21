using Microsoft.Extensions.Configuration;

namespace Quayside.Functions.Ingest;

public sealed class InboxStore
{
    private readonly string _root;

    public InboxStore(IConfiguration configuration)
    {
        _root = configuration["Ingest:InboxRoot"] ?? "/var/lib/quayside/partner-inbox";
    }

    /// <summary>
    /// Keeps the partner's own file name so the operations team can match it to the partner's
    /// dispatch note. Some gateways percent-encode names containing spaces.
    /// </summary>
    public async Task<string> SaveAsync(string partner, string fileName, Stream content, CancellationToken ct)
    {
        var folder = Path.Combine(_root, partner, DateTime.UtcNow.ToString("yyyy-MM-dd"));
        Directory.CreateDirectory(folder);

        var name = Uri.UnescapeDataString(fileName);
        var path = Path.Combine(folder, name);
        await using var target = File.Create(path); // VULN path
        await content.CopyToAsync(target, ct);
        return path;
    }
}
