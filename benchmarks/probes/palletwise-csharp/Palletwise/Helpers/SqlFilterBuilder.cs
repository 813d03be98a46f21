using System.Globalization;

namespace Palletwise.Helpers;

/// <summary>
/// Small helper for composing optional WHERE clauses for list screens.
/// </summary>
public sealed class SqlFilterBuilder
{
    private readonly List<string> _clauses = new();

    public SqlFilterBuilder WhereEquals(string column, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            _clauses.Add(string.Format(CultureInfo.InvariantCulture, "{0} = '{1}'", column, value.Trim()));
        }

        return this;
    }

    public SqlFilterBuilder WhereOnOrAfter(string column, DateTime? since)
    {
        if (since.HasValue)
        {
            _clauses.Add(string.Format(CultureInfo.InvariantCulture, "{0} >= '{1:yyyy-MM-dd}'", column, since.Value));
        }

        return this;
    }

    public string Build()
    {
        return _clauses.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", _clauses);
    }
}
