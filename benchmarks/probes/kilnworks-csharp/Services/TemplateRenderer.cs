using System.Text.Encodings.Web;
using Fluid;
using Kilnworks.Configuration;
using Kilnworks.Domain;
using Microsoft.Extensions.Options;

namespace Kilnworks.Services;

public sealed class TemplateRenderer
{
    private static readonly IReadOnlyDictionary<string, string> KnownTemplates = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["class-reminder"] = "class-reminder.liquid",
        ["firing-summary"] = "firing-summary.liquid",
        ["class-card"] = "class-card.liquid",
        ["glaze-label"] = "glaze-label.liquid"
    };

    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options;
    private readonly string _templateRoot;
    private readonly Dictionary<string, IFluidTemplate> _cache = new();
    private readonly SemaphoreSlim _cacheLock = new(1, 1);

    public TemplateRenderer(IOptions<StudioOptions> studio, IWebHostEnvironment env)
    {
        _templateRoot = Path.Combine(env.ContentRootPath, studio.Value.TemplateRoot);
        _options = new TemplateOptions();
        _options.MemberAccessStrategy.Register<StudioClass>();
        _options.MemberAccessStrategy.Register<Booking>();
        _options.MemberAccessStrategy.Register<Firing>();
        _options.MemberAccessStrategy.Register<GlazeRecipe>();
        _options.MemberAccessStrategy.Register<GlazeIngredient>();
        _options.MemberAccessStrategy.Register<ClassCardModel>();
        _options.MemberAccessStrategy.Register<ReminderModel>();
        _options.MemberAccessStrategy.Register<StudioOptions>();
    }

    public async Task<string> RenderPageAsync(string templateKey, object model, CancellationToken ct)
    {
        var template = await LoadKnownAsync(templateKey, ct);
        var context = new TemplateContext(model, _options);
        return await template.RenderAsync(context, HtmlEncoder.Default); // SAFE xss
    }

    public async Task<string> RenderFragmentAsync(string templateKey, object model, CancellationToken ct)
    {
        var template = await LoadKnownAsync(templateKey, ct);
        var context = new TemplateContext(model, _options);
        return await template.RenderAsync(context, NullEncoder.Default); // VULN xss
    }

    public async Task<string> PreviewAsync(string source, ReminderModel model)
    {
        if (!_parser.TryParse(source, out var template, out var error)) // VULN ssti
        {
            return $"Template error: {error}";
        }
        var context = new TemplateContext(model, _options);
        return await template.RenderAsync(context, HtmlEncoder.Default);
    }

    private async Task<IFluidTemplate> LoadKnownAsync(string templateKey, CancellationToken ct)
    {
        if (!KnownTemplates.TryGetValue(templateKey, out var fileName))
        {
            throw new KeyNotFoundException($"Unknown template '{templateKey}'.");
        }

        await _cacheLock.WaitAsync(ct);
        try
        {
            if (_cache.TryGetValue(fileName, out var cached))
            {
                return cached;
            }
            var source = await File.ReadAllTextAsync(Path.Combine(_templateRoot, fileName), ct);
            if (!_parser.TryParse(source, out var template, out var error)) // SAFE ssti
            {
                throw new InvalidOperationException($"Template {fileName} failed to parse: {error}");
            }
            _cache[fileName] = template;
            return template;
        }
        finally
        {
            _cacheLock.Release();
        }
    }
}

public sealed class ClassCardModel
{
    public StudioClass Class { get; init; } = new();
    public int SeatsLeft { get; init; }
    public List<Booking> RecentBookings { get; init; } = new();
}

public sealed class ReminderModel
{
    public StudioClass Class { get; init; } = new();
    public string AttendeeName { get; init; } = string.Empty;
    public string StudioName { get; init; } = string.Empty;
    public string ManageUrl { get; init; } = string.Empty;
    public object? Studio { get; init; }
}
