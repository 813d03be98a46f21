using Meterline.Config;
using Meterline.Models;
using Microsoft.Extensions.Options;
using Scriban;
using Scriban.Runtime;

namespace Meterline.Services;

public sealed class StatementRenderer(IOptions<MeterlineOptions> options, IWebHostEnvironment env)
{
    private static readonly Dictionary<string, string> Layouts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["standard"] = "standard.sbn-html",
        ["large-print"] = "large_print.sbn-html",
        ["es"] = "standard.es.sbn-html"
    };

    public async Task<string> RenderAsync(string layout, StatementModel model)
    {
        var file = Layouts.GetValueOrDefault(layout, Layouts["standard"]);
        var source = await File.ReadAllTextAsync(Path.Combine(env.ContentRootPath, options.Value.StatementTemplateDirectory, file));
        var template = Template.Parse(source, file); // SAFE ssti
        return await Validated(template).RenderAsync(BuildContext(model));
    }

    public string RenderPreview(string templateText, StatementModel sample)
    {
        var template = Template.Parse(templateText); // VULN ssti
        return Validated(template).Render(BuildContext(sample));
    }

    private static TemplateContext BuildContext(StatementModel model)
    {
        var globals = new ScriptObject();
        globals.Import(model, renamer: member => member.Name.ToLowerInvariant());
        var context = new TemplateContext { LoopLimit = 5000 };
        context.PushGlobal(globals);
        return context;
    }

    private static Template Validated(Template template) =>
        template.HasErrors ? throw new InvalidOperationException(string.Join("; ", template.Messages)) : template;
}
