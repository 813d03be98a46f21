using Claimwell.Web.Models;
using Claimwell.Web.Options;
using Microsoft.Extensions.Options;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Claimwell.Web.Services;

public sealed class NotificationTemplateService
{
    private readonly string _root;
    private readonly PartialTemplateLoader _loader;

    public NotificationTemplateService(IOptions<TemplateOptions> options, IWebHostEnvironment environment)
    {
        _root = Path.Combine(environment.ContentRootPath, options.Value.Root);
        _loader = new PartialTemplateLoader(Path.Combine(_root, "partials"));
    }

    public async Task<string> RenderClaimReceivedAsync(ClaimSubmittedMessage message, int evidenceStored)
    {
        var source = await File.ReadAllTextAsync(Path.Combine(_root, "claim-received.scriban"));
        var template = Template.Parse(source, "claim-received.scriban"); // SAFE ssti
        return await RenderAsync(template, new
        {
            claimant_name = message.ClaimantName,
            reference = message.Reference,
            policy_number = message.PolicyNumber,
            evidence_count = evidenceStored
        });
    }

    public async Task<string> RenderAcknowledgementAsync(AcknowledgementRequestedMessage message)
    {
        var layout = await File.ReadAllTextAsync(Path.Combine(_root, "acknowledgement.scriban"));
        var source = layout.Replace("[[PERSONAL_NOTE]]", message.PersonalNote ?? string.Empty, StringComparison.Ordinal);
        var template = Template.Parse(source, "acknowledgement.scriban"); // VULN ssti
        return await RenderAsync(template, new
        {
            claimant_name = message.ClaimantName,
            reference = message.Reference,
            broker_name = message.BrokerName
        });
    }

    private async Task<string> RenderAsync(Template template, object model)
    {
        if (template.HasErrors)
        {
            throw new InvalidOperationException("Template errors: " + string.Join("; ", template.Messages));
        }

        var globals = new ScriptObject();
        globals.Import(model);

        var context = new TemplateContext
        {
            TemplateLoader = _loader,
            StrictVariables = false,
            LoopLimit = 1000
        };
        context.PushGlobal(globals);
        return await template.RenderAsync(context);
    }
}

/// <summary>Resolves {{ include 'name' }} against the partials folder.</summary>
public sealed class PartialTemplateLoader : ITemplateLoader
{
    private readonly string _directory;

    public PartialTemplateLoader(string directory)
    {
        _directory = directory;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Path.Combine(_directory, Path.GetFileName(templateName) + ".scriban");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.ReadAllText(templatePath);

    public async ValueTask<string> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        await File.ReadAllTextAsync(templatePath);
}
