using System.Collections.Concurrent;
using System.Net.Mail;
using Cantabile.Config;
using Cantabile.Domain;
using HandlebarsDotNet;
using Microsoft.Extensions.Options;
using RazorLight;

namespace Cantabile.Services;

public interface IMailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken ct = default, bool isHtml = false);
}

public sealed class SmtpMailSender : IMailSender
{
    private readonly IConfiguration _configuration;
    private readonly ILogger<SmtpMailSender> _logger;

    public SmtpMailSender(IConfiguration configuration, ILogger<SmtpMailSender> logger)
    {
        _configuration = configuration;
        _logger = logger;
    }

    public async Task SendAsync(string to, string subject, string body, CancellationToken ct = default, bool isHtml = false)
    {
        using var client = new SmtpClient(_configuration["Smtp:Host"] ?? "localhost", int.TryParse(_configuration["Smtp:Port"], out var port) ? port : 25)
        {
            EnableSsl = true,
        };

        using var message = new MailMessage("office@cantabile-festival.org", to, subject, body) { IsBodyHtml = isHtml };
        await client.SendMailAsync(message, ct);
        _logger.LogInformation("Mail '{Subject}' sent to {To}", subject, to);
    }
}

public sealed class GreetingModel
{
    public string ChoirName { get; set; } = string.Empty;
    public string DirectorName { get; set; } = string.Empty;
    public string Category { get; set; } = string.Empty;
    public string FestivalName { get; set; } = string.Empty;
}

/// <summary>
/// Handlebars templates: transactional e-mails under Templates/Email and public pages under Templates/Pages.
/// </summary>
public sealed class TemplateComposer
{
    private static readonly Dictionary<string, string> TemplateNames = new(StringComparer.Ordinal)
    {
        ["registration-confirmed"] = "Email",
        ["overdue-reminder"] = "Email",
        ["choir-profile"] = "Pages",
    };

    private readonly IHandlebars _handlebars = Handlebars.Create();
    private readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> _compiled = new();
    private readonly IRazorLightEngine _razor;
    private readonly string _templateRoot;

    public TemplateComposer(IRazorLightEngine razor, IOptions<CantabileOptions> options, IWebHostEnvironment environment)
    {
        _razor = razor;
        _templateRoot = Path.Combine(environment.ContentRootPath, options.Value.TemplateRoot);
    }

    public string Render(string templateName, object model)
    {
        if (!TemplateNames.TryGetValue(templateName, out var folder))
        {
            throw new ArgumentException($"Unknown template '{templateName}'.");
        }

        var template = _compiled.GetOrAdd(templateName, name => _handlebars.Compile(File.ReadAllText(Path.Combine(_templateRoot, folder, name + ".hbs"))));
        return template(model);
    }

    /// <summary>Choirs can add a personal greeting that precedes the festival's confirmation text.</summary>
    public async Task<string> RenderGreetingAsync(Choir choir, GreetingModel model)
    {
        if (string.IsNullOrWhiteSpace(choir.GreetingTemplate))
        {
            return string.Empty;
        }

        return await _razor.CompileRenderStringAsync($"greeting-{choir.Id}", choir.GreetingTemplate, model); // VULN ssti
    }
}
