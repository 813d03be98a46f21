using System.Text.RegularExpressions;
using System.Xml;
using Larderline.Contracts;

namespace Larderline.Infrastructure.Xml;

/// <summary>
/// Supermarket store register, maintained by the partnerships team as App_Data/stores.xml.
/// </summary>
public sealed partial class StoreDirectory
{
    private readonly XmlDocument _doc = new();

    public StoreDirectory(IWebHostEnvironment env)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(Path.Combine(env.ContentRootPath, "App_Data", "stores.xml"), settings);
        _doc.Load(reader);
    }

    [GeneratedRegex("^[A-Z]{2}[0-9]{3}$")]
    private static partial Regex BranchCode();

    public StoreInfo? FindByCode(string storeCode)
    {
        var node = _doc.SelectSingleNode($"/stores/store[@code='{storeCode}']"); // VULN xpath
        return node is null ? null : ToStore(node);
    }

    public StoreInfo? FindByBranch(string branchCode)
    {
        if (!BranchCode().IsMatch(branchCode))
        {
            return null;
        }

        var node = _doc.SelectSingleNode($"/stores/store[branch/@code='{branchCode}']"); // SAFE xpath
        return node is null ? null : ToStore(node);
    }

    public IEnumerable<StoreInfo> All()
    {
        var nodes = _doc.SelectNodes("/stores/store");
        if (nodes is null)
        {
            yield break;
        }
        foreach (XmlNode node in nodes)
        {
            yield return ToStore(node);
        }
    }

    private static StoreInfo ToStore(XmlNode node) => new(
        node.Attributes?["code"]?.Value ?? string.Empty,
        node.SelectSingleNode("name")?.InnerText ?? string.Empty,
        node.Attributes?["chain"]?.Value ?? string.Empty,
        node.Attributes?["region"]?.Value ?? string.Empty,
        node.Attributes?["feedKey"]?.Value);
}
