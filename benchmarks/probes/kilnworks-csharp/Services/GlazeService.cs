using Kilnworks.Contracts;
using Kilnworks.Data;
using Kilnworks.Domain;
using MassTransit;

namespace Kilnworks.Services;

public sealed class GlazeService
{
    private readonly GlazeRepository _glazes;
    private readonly GlazeChemistry _chemistry;
    private readonly RemoteImageFetcher _images;
    private readonly SupplierCatalogClient _suppliers;
    private readonly MediaStore _media;
    private readonly IPublishEndpoint _publisher;

    public GlazeService(
        GlazeRepository glazes,
        GlazeChemistry chemistry,
        RemoteImageFetcher images,
        SupplierCatalogClient suppliers,
        MediaStore media,
        IPublishEndpoint publisher)
    {
        _glazes = glazes;
        _chemistry = chemistry;
        _images = images;
        _suppliers = suppliers;
        _media = media;
        _publisher = publisher;
    }

    public Task<IReadOnlyList<GlazeRecipe>> SearchAsync(GlazeSearchQuery query, int viewerId, CancellationToken ct)
        => _glazes.SearchAsync(query, viewerId, ct);

    public async Task<GlazeRecipe?> GetVisibleAsync(int id, int viewerId, CancellationToken ct)
    {
        var recipe = await _glazes.GetAsync(id, ct);
        return recipe is not null && (recipe.Shared || recipe.AuthorId == viewerId) ? recipe : null;
    }

    public async Task<int> CreateAsync(SaveGlazeRequest request, int authorId, CancellationToken ct)
    {
        var recipe = FromRequest(request, authorId);
        return await _glazes.InsertAsync(recipe, ct);
    }

    public async Task UpdateAsync(int id, SaveGlazeRequest request, int authorId, CancellationToken ct)
    {
        var recipe = FromRequest(request, authorId);
        recipe.Id = id;
        await _glazes.UpdateAsync(recipe, ct);
    }

    public async Task<string> ImportPhotoAsync(ImportGlazePhotoRequest request, int memberId, CancellationToken ct)
    {
        var recipe = await _glazes.GetAsync(request.RecipeId, ct);
        if (recipe is null || recipe.AuthorId != memberId)
        {
            throw new UnauthorizedAccessException("You can only add photos to your own recipes.");
        }
        if (!Uri.TryCreate(request.SourceUrl, UriKind.Absolute, out var source))
        {
            throw new ArgumentException("Photo URL is not valid.");
        }

        var (content, contentType) = await _images.FetchAsync(source, ct);
        var fileName = await _media.SaveGlazePhotoAsync(recipe.Id, content, contentType, ct);
        await _glazes.SetPhotoAsync(recipe.Id, fileName, ct);
        return fileName;
    }

    public Task<IReadOnlyList<SupplierMaterial>> SupplierLookupAsync(SupplierLookupRequest request, CancellationToken ct)
        => _suppliers.LookupAsync(request.CatalogUrl, request.Material, ct);

    public async Task<double?> ThermalExpansionAsync(GlazeRecipe recipe, CancellationToken ct)
    {
        var oxides = _chemistry.ComputeOxides(recipe.Ingredients);
        return await _chemistry.EvaluateExpansionAsync(recipe.ExpansionFormula, oxides, ct);
    }

    public Task<double> BatchCalculatorAsync(ExpansionRequest request, CancellationToken ct)
        => _chemistry.EvaluateBatchExpressionAsync(request.Formula, ct);

    public Task RequestLabelsAsync(int recipeId, int memberId, int copies, CancellationToken ct)
        => _publisher.Publish(new GlazeLabelRequested(recipeId, memberId, Math.Clamp(copies, 1, 50)), ct);

    private static GlazeRecipe FromRequest(SaveGlazeRequest request, int authorId) => new()
    {
        Name = request.Name.Trim(),
        Cone = request.Cone,
        Atmosphere = request.Atmosphere,
        Surface = request.Surface,
        Notes = request.Notes,
        LabelTemplate = request.LabelTemplate,
        ExpansionFormula = request.ExpansionFormula,
        AuthorId = authorId,
        Shared = request.Shared
    };
}
