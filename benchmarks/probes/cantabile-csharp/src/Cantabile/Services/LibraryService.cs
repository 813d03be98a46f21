using Cantabile.Clients;
using Cantabile.Contracts;
using Cantabile.Data;
using Cantabile.Domain;
using Cantabile.Security;

namespace Cantabile.Services;

public interface ILibraryService
{
    Task<IReadOnlyList<CatalogueItem>> SearchAsync(CatalogueSearchRequest request, CancellationToken ct);
    Task<IReadOnlyList<CatalogueItem>> ByLanguageAsync(string language, CancellationToken ct);
    Task<BorrowResponse> BorrowAsync(BorrowRequest request, CancellationToken ct);
    Task RequestPinResetAsync(string cardNumber, CancellationToken ct);
    Task<SheetMusicTitle> ImportMusicXmlAsync(Stream upload, string voicing, string language, string publisher, CancellationToken ct);
    Task<string> AttachCoverAsync(Guid titleId, string imageUrl, CancellationToken ct);
    Task<int> ImportArchiveEditionAsync(Guid titleId, int editionId, CancellationToken ct);
}

public sealed class LibraryService : ILibraryService
{
    private readonly ICatalogueStore _catalogue;
    private readonly ILibraryRepository _library;
    private readonly AccessCodes _codes;
    private readonly MusicXmlImporter _musicXml;
    private readonly MediaFetcher _media;
    private readonly ScoreArchiveClient _archive;
    private readonly SheetMusicStorage _storage;
    private readonly IMailSender _mail;
    private readonly ILogger<LibraryService> _logger;

    public LibraryService(
        ICatalogueStore catalogue,
        ILibraryRepository library,
        AccessCodes codes,
        MusicXmlImporter musicXml,
        MediaFetcher media,
        ScoreArchiveClient archive,
        SheetMusicStorage storage,
        IMailSender mail,
        ILogger<LibraryService> logger)
    {
        _catalogue = catalogue;
        _library = library;
        _codes = codes;
        _musicXml = musicXml;
        _media = media;
        _archive = archive;
        _storage = storage;
        _mail = mail;
        _logger = logger;
    }

    public async Task<IReadOnlyList<CatalogueItem>> SearchAsync(CatalogueSearchRequest request, CancellationToken ct)
    {
        var titles = await _catalogue.SearchAsync(request.Composer, request.Voicing, ct);
        return titles.Select(ToItem).ToList();
    }

    public async Task<IReadOnlyList<CatalogueItem>> ByLanguageAsync(string language, CancellationToken ct)
    {
        var titles = await _catalogue.ByLanguageAsync(language.Trim(), ct);
        return titles.Select(ToItem).ToList();
    }

    public async Task<BorrowResponse> BorrowAsync(BorrowRequest request, CancellationToken ct)
    {
        var member = await _library.GetMemberAsync(request.MemberId) ?? throw new KeyNotFoundException("Library member not found.");
        var title = await _catalogue.LoadAsync(request.TitleId, ct) ?? throw new KeyNotFoundException("Title not found.");

        if (title.CopiesAvailable < request.Copies)
        {
            throw new InvalidOperationException($"Only {title.CopiesAvailable} copies of '{title.Title}' are available.");
        }

        var loan = new Loan
        {
            TitleId = title.Id,
            MemberId = member.Id,
            ChoirId = member.ChoirId,
            Copies = request.Copies,
            PickupCode = _codes.NewPickupCode(),
            BorrowedAt = DateTime.UtcNow,
            DueAt = DateTime.UtcNow.AddDays(request.Days),
        };

        loan.Id = await _library.InsertLoanAsync(loan);
        await _catalogue.AdjustAvailabilityAsync(title.Id, -request.Copies, ct);

        await _mail.SendAsync(member.Email, $"Pickup code for {title.Title}",
            $"Show code {loan.PickupCode} at the library desk to collect {loan.Copies} copies. Due back {loan.DueAt:d MMMM yyyy}.", ct);

        return new BorrowResponse(loan.Id, loan.PickupCode, loan.DueAt);
    }

    public async Task RequestPinResetAsync(string cardNumber, CancellationToken ct)
    {
        var member = _library.FindMemberByCard(cardNumber.Trim());
        if (member is null)
        {
            _logger.LogInformation("PIN reset requested for unknown card");
            return;
        }

        var token = _codes.NewPinResetToken();
        await _library.SetResetTokenAsync(member.Id, token, DateTime.UtcNow.AddHours(2));
        await _mail.SendAsync(member.Email, "Reset your library PIN",
            $"Open https://portal.cantabile-festival.org/library/pin?token={Uri.EscapeDataString(token)} within two hours to choose a new PIN.", ct);
    }

    public async Task<SheetMusicTitle> ImportMusicXmlAsync(Stream upload, string voicing, string language, string publisher, CancellationToken ct)
    {
        var summary = _musicXml.Import(upload);
        var entry = MusicXmlImporter.ToCatalogueEntry(summary, voicing, language, publisher);
        await _catalogue.SaveAsync(entry, ct);
        return entry;
    }

    public async Task<string> AttachCoverAsync(Guid titleId, string imageUrl, CancellationToken ct)
    {
        var title = await _catalogue.LoadAsync(titleId, ct) ?? throw new KeyNotFoundException("Title not found.");
        var image = await _media.DownloadCoverImageAsync(imageUrl, ct);
        return await _storage.SaveCoverAsync(title.Id, image, ct);
    }

    public async Task<int> ImportArchiveEditionAsync(Guid titleId, int editionId, CancellationToken ct)
    {
        var pdf = await _archive.FetchEditionAsync(editionId, ct);
        using var pack = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(pack, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry($"edition-{editionId}.pdf");
            await using var stream = entry.Open();
            await stream.WriteAsync(pdf, ct);
        }

        pack.Position = 0;
        return await _storage.ImportPerusalPackAsync(titleId, pack, ct);
    }

    private static CatalogueItem ToItem(SheetMusicTitle t) => new(t.Id, t.Title, t.Composer, t.Arranger, t.Voicing, t.CopiesAvailable);
}
