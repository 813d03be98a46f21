using Cantabile.Domain;
using Marten;

namespace Cantabile.Data;

public interface ICatalogueStore
{
    Task<SheetMusicTitle?> LoadAsync(Guid id, CancellationToken ct);
    Task<IReadOnlyList<SheetMusicTitle>> SearchAsync(string? composer, string? voicing, CancellationToken ct);
    Task<IReadOnlyList<SheetMusicTitle>> ByLanguageAsync(string language, CancellationToken ct);
    Task SaveAsync(SheetMusicTitle title, CancellationToken ct);
    Task AdjustAvailabilityAsync(Guid id, int delta, CancellationToken ct);
}

public sealed class CatalogueStore : ICatalogueStore
{
    private readonly IDocumentSession _session;

    public CatalogueStore(IDocumentSession session)
    {
        _session = session;
    }

    public Task<SheetMusicTitle?> LoadAsync(Guid id, CancellationToken ct) => _session.LoadAsync<SheetMusicTitle>(id, ct);

    public Task<IReadOnlyList<SheetMusicTitle>> SearchAsync(string? composer, string? voicing, CancellationToken ct)
    {
        var composerPattern = "%" + (composer ?? string.Empty).Replace("%", "\\%").Replace("_", "\\_") + "%";
        var voicingValue = string.IsNullOrWhiteSpace(voicing) ? "%" : voicing;
        return _session.QueryAsync<SheetMusicTitle>("where data ->> 'Composer' ilike ? and data ->> 'Voicing' like ? order by data ->> 'Title'", ct, composerPattern, voicingValue); // SAFE sqli
    }

    public Task<IReadOnlyList<SheetMusicTitle>> ByLanguageAsync(string language, CancellationToken ct)
    {
        var where = "where data ->> 'Language' = '" + language + "' order by data ->> 'Composer'";
        return _session.QueryAsync<SheetMusicTitle>(where, ct); // VULN sqli
    }

    public async Task SaveAsync(SheetMusicTitle title, CancellationToken ct)
    {
        _session.Store(title);
        await _session.SaveChangesAsync(ct);
    }

    public async Task AdjustAvailabilityAsync(Guid id, int delta, CancellationToken ct)
    {
        var title = await _session.LoadAsync<SheetMusicTitle>(id, ct) ?? throw new KeyNotFoundException($"Title {id} not found");
        title.CopiesAvailable = Math.Clamp(title.CopiesAvailable + delta, 0, title.CopiesOwned);
        _session.Store(title);
        await _session.SaveChangesAsync(ct);
    }
}
