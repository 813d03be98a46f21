using Dapper;
using Innkeep.Models;

namespace Innkeep.Helpers;

public sealed class GuestQueryBuilder
{
    public static readonly IReadOnlyDictionary<string, string> SortColumns =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["name"] = "LastName, FirstName",
            ["city"] = "City, LastName",
            ["tier"] = "LoyaltyTier DESC, LastName",
            ["recent"] = "LastStayDate DESC",
        };

    private readonly List<string> _conditions = new() { "IsDeleted = 0" };
    private readonly DynamicParameters _parameters = new();
    private string _orderBy = SortColumns["name"];
    private int _page = 1;
    private int _pageSize = 50;

    public GuestQueryBuilder WithNamePrefix(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return this;
        _conditions.Add("(LastName LIKE @namePrefix OR FirstName LIKE @namePrefix)");
        _parameters.Add("namePrefix", name.Trim() + "%");
        return this;
    }

    public GuestQueryBuilder InCity(string? city)
    {
        if (string.IsNullOrWhiteSpace(city))
            return this;
        _conditions.Add($"City = '{city.Trim()}'");
        return this;
    }

    public GuestQueryBuilder WithTier(string? tier)
    {
        if (tier is null || !Enum.TryParse<LoyaltyTier>(tier, ignoreCase: true, out var parsed))
            return this;
        _conditions.Add($"LoyaltyTier = {(int)parsed}");
        return this;
    }

    public GuestQueryBuilder SortBy(string? key)
    {
        _orderBy = key is not null && SortColumns.TryGetValue(key, out var column) ? column : SortColumns["name"];
        return this;
    }

    public GuestQueryBuilder Page(int page, int pageSize)
    {
        _page = Math.Max(1, page);
        _pageSize = Math.Clamp(pageSize, 10, 200);
        return this;
    }

    public GuestQuery Build() =>
        new(string.Join(" AND ", _conditions), _orderBy, (_page - 1) * _pageSize, _pageSize, _parameters);
}
