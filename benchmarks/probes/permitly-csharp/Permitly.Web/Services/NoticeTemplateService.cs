using System.Collections.Concurrent;
using HandlebarsDotNet;
using Microsoft.Extensions.Options;
using Permitly.Web.Config;
using Permitly.Web.Models;
using RazorLight;

namespace Permitly.Web.Services;

public sealed class NoticeTemplateService(IRazorLightEngine razor, IOptions<PermitlyOptions> options, IWebHostEnvironment env)
{
    private static readonly Dictionary<string, string> StandardTemplates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["correction"] = "correction-notice.hbs",
        ["stop-work"] = "stop-work-order.hbs",
        ["expiration"] = "expiration-warning.hbs",
        ["hearing"] = "appeal-hearing.hbs",
    };

    private readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> _compiled = new();

    /// <summary>Preview of a free-form notice written by a plan reviewer.</summary>
    public Task<string> RenderDraftAsync(NoticeDraft draft)
    {
        var model = new NoticeModel(draft.PermitNumber, "Applicant", DateOnly.FromDateTime(DateTime.Today));
        return razor.CompileRenderStringAsync($"draft:{draft.PermitNumber}:{draft.Body.GetHashCode():x8}", draft.Body, model); // VULN ssti
    }

    public string RenderStandard(string templateName, NoticeModel model)
    {
        if (!StandardTemplates.TryGetValue(templateName, out var fileName))
            throw new KeyNotFoundException($"Unknown notice template '{templateName}'.");

        var template = _compiled.GetOrAdd(fileName, name =>
        {
            var source = File.ReadAllText(Path.Combine(env.ContentRootPath, options.Value.Storage.TemplateRoot, name));
            return Handlebars.Compile(source); // SAFE ssti
        });
        return template(model);
    }
}
