namespace Returnly.Services;

public sealed class InspectionService(InspectionRepository repository)
{
    public Task<IEnumerable<Inspection>> ListAsync(InspectionFilter filter)
    {
        var pageSize = Math.Clamp(filter.PageSize, 1, 200);
        var orderBy = SqlFragments.InspectionOrderBy(filter.SortBy, filter.Descending);
        return repository.ListAsync(new InspectionQuery(filter.Warehouse, orderBy, pageSize, (Math.Max(filter.Page, 1) - 1) * pageSize));
    }

    // Finance export: the sort column comes from the spreadsheet template the finance team uses.
    public Task<IEnumerable<InspectionExportRow>> ExportAsync(InspectionFilter filter)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return repository.ExportRowsAsync(new InspectionExportQuery(
            filter.Warehouse,
            filter.From ?? today.AddDays(-30),
            filter.To ?? today,
            string.IsNullOrWhiteSpace(filter.SortBy) ? "i.received_at" : filter.SortBy,
            filter.Descending ? "DESC" : "ASC"));
    }
}
