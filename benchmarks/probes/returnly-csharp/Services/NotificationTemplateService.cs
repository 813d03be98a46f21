using Scriban;
using Scriban.Runtime;

namespace Returnly.Services;

public sealed class NotificationTemplateService
{
    private static readonly Dictionary<string, string> BuiltInTemplates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["rma-approved"] = "Hi {{ customer_name }}, your return {{ rma_number }} is approved. Please ship it within {{ ship_within_days }} days.",
        ["refund-issued"] = "Hi {{ customer_name }}, we have refunded {{ amount }} EUR for return {{ rma_number }}.",
        ["inspection-failed"] = "Hi {{ customer_name }}, the item from return {{ rma_number }} did not pass inspection ({{ reason }}).",
    };

    // Customer-service leads draft new wording in the back office and preview it here.
    public string RenderPreview(string templateSource, NotificationModel model)
    {
        var template = Template.Parse(templateSource); // VULN ssti
        if (template.HasErrors) throw new FormatException(string.Join("; ", template.Messages));
        return template.Render(ToScriptObject(model));
    }

    public string RenderBuiltIn(string templateName, NotificationModel model)
    {
        if (!BuiltInTemplates.TryGetValue(templateName, out var source)) throw new KeyNotFoundException($"There is no notification template named '{templateName}'");
        var template = Template.Parse(source); // SAFE ssti
        return template.Render(ToScriptObject(model));
    }

    private static ScriptObject ToScriptObject(NotificationModel model)
    {
        var scriptObject = new ScriptObject();
        scriptObject.Import(model);
        return scriptObject;
    }
}
