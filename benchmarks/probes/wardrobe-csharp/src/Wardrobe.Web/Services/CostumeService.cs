using Wardrobe.Web.Data;
using Wardrobe.Web.Domain;
using Wardrobe.Web.Dtos;

namespace Wardrobe.Web.Services;

public sealed class CostumeService
{
    private readonly CostumeRepository _costumes;
    private readonly ILogger<CostumeService> _logger;

    public CostumeService(CostumeRepository costumes, ILogger<CostumeService> logger)
    {
        _costumes = costumes;
        _logger = logger;
    }

    public Task<Costume?> GetAsync(int id, CancellationToken ct) => _costumes.GetAsync(id, ct);

    public Task<IReadOnlyList<Costume>> SearchAsync(CostumeSearchCriteria criteria, CancellationToken ct)
    {
        var normalised = criteria with
        {
            Text = criteria.Text?.Trim(),
            Category = criteria.Category?.Trim(),
        };
        return _costumes.SearchAsync(normalised, ct);
    }

    public Task<IReadOnlyList<Costume>> CatalogueAsync(CostumeSearchCriteria criteria, CancellationToken ct) =>
        _costumes.CatalogueAsync(criteria, ct);

    public Task<IReadOnlyList<Costume>> ByCategoryAsync(string category, int page, int pageSize, CancellationToken ct) =>
        _costumes.ListByCategoryAsync(category.Trim(), page, pageSize, ct);

    public async Task<bool> UpdateDescriptionAsync(int id, string descriptionHtml, string editor, CancellationToken ct)
    {
        var text = descriptionHtml.Trim();
        var updated = await _costumes.UpdateDescriptionAsync(id, text.Length == 0 ? null : text, ct);
        if (updated > 0)
        {
            _logger.LogInformation("Costume {CostumeId} description updated by {Editor} ({Length} chars)", id, editor, text.Length);
        }

        return updated > 0;
    }

    public async Task<string?> AttachPhotoAsync(int id, IFormFile upload, PhotoStorage storage, CancellationToken ct)
    {
        var costume = await _costumes.GetAsync(id, ct);
        if (costume is null)
        {
            return null;
        }

        var fileName = await storage.SavePhotoAsync(costume.Id, upload, ct);
        await _costumes.SetPhotoAsync(costume.Id, fileName, ct);
        return fileName;
    }
}
