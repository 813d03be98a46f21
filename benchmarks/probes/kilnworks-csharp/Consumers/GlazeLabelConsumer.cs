using System.Text.Encodings.Web;
using Fluid;
using Kilnworks.Contracts;
using Kilnworks.Data;
using Kilnworks.Domain;
using Kilnworks.Services;
using MassTransit;

namespace Kilnworks.Consumers;

public sealed class GlazeLabelConsumer : IConsumer<GlazeLabelRequested>
{
    private const string DefaultLabel = "{{ Name }} | cone {{ Cone }} {{ Atmosphere }} | {{ Surface }}";

    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions LabelOptions = CreateOptions();

    private readonly GlazeRepository _glazes;
    private readonly ShellRunner _shell;
    private readonly ILogger<GlazeLabelConsumer> _logger;

    public GlazeLabelConsumer(GlazeRepository glazes, ShellRunner shell, ILogger<GlazeLabelConsumer> logger)
    {
        _glazes = glazes;
        _shell = shell;
        _logger = logger;
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.Register<GlazeRecipe>();
        options.MemberAccessStrategy.Register<GlazeIngredient>();
        return options;
    }

    public async Task Consume(ConsumeContext<GlazeLabelRequested> context)
    {
        var ct = context.CancellationToken;
        var recipe = await _glazes.GetAsync(context.Message.RecipeId, ct);
        if (recipe is null)
        {
            _logger.LogWarning("Label requested for missing recipe {Recipe}", context.Message.RecipeId);
            return;
        }

        var source = string.IsNullOrWhiteSpace(recipe.LabelTemplate) ? DefaultLabel : recipe.LabelTemplate;
        if (!Parser.TryParse(source, out var template, out var error)) // VULN ssti
        {
            _logger.LogWarning("Label template for recipe {Recipe} is invalid: {Error}", recipe.Id, error);
            return;
        }

        var text = await template.RenderAsync(new TemplateContext(recipe, LabelOptions), HtmlEncoder.Default);
        var labelFile = Path.Combine(Path.GetTempPath(), $"glaze-label-{recipe.Id}-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(labelFile, text, ct);

        try
        {
            var copies = Math.Clamp(context.Message.Copies, 1, 50);
            var result = await _shell.RunShellAsync($"lp -d studio-labels -n {copies} -t \"{recipe.Name}\" {labelFile}", TimeSpan.FromSeconds(20), ct); // VULN cmdi
            if (result.ExitCode != 0)
            {
                _logger.LogWarning("Label printer rejected job for {Recipe}: {Error}", recipe.Id, result.Error);
            }
        }
        finally
        {
            File.Delete(labelFile);
        }
    }
}
