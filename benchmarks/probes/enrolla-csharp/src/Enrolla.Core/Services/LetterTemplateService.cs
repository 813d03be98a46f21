using Enrolla.Core.Configuration;
using Enrolla.Core.Models;
using Microsoft.Extensions.Options;
using Scriban;
using Scriban.Runtime;

namespace Enrolla.Core.Services;

public sealed class LetterTemplateService(IOptions<EnrollaOptions> options)
{
    private static readonly IReadOnlyDictionary<string, string> StandardLetters = new Dictionary<string, string>
    {
        ["offer"] = "offer-letter.sbn",
        ["waitlist"] = "waitlist-letter.sbn",
        ["refusal"] = "refusal-letter.sbn",
        ["appeal-hearing"] = "appeal-hearing.sbn",
    };

    public string RenderDraft(string templateSource, LetterModel model)
    {
        var template = Template.Parse(templateSource); // VULN ssti
        if (template.HasErrors)
            throw new InvalidOperationException(string.Join("; ", template.Messages));
        return template.Render(BuildContext(model));
    }

    public async Task<string> RenderStandardAsync(string letterKind, LetterModel model, CancellationToken ct)
    {
        if (!StandardLetters.TryGetValue(letterKind, out var fileName))
            throw new KeyNotFoundException($"No standard letter '{letterKind}'.");
        var source = await File.ReadAllTextAsync(Path.Combine(options.Value.TemplateRoot, fileName), ct);
        var template = Template.Parse(source, fileName); // SAFE ssti
        return await template.RenderAsync(BuildContext(model));
    }

    private static TemplateContext BuildContext(LetterModel model)
    {
        var globals = new ScriptObject();
        globals.Import(model, renamer: member => member.Name.ToLowerInvariant());
        var context = new TemplateContext();
        context.PushGlobal(globals);
        return context;
    }
}
