using Cantabile.Clients;
using Cantabile.Config;
using Cantabile.Data;
using Cantabile.Domain;
using Cantabile.Services;
using Microsoft.Extensions.Options;
using Rebus.Handlers;

namespace Cantabile.Messaging;

/// <summary>
/// Sends the confirmation pack once a registration is accepted: e-mail to the director,
/// a webhook to the choir's management app and an accompanist availability check.
/// </summary>
public sealed class RegistrationConfirmedHandler : IHandleMessages<RegistrationConfirmed>
{
    private readonly IRegistrationRepository _registrations;
    private readonly IScoreRepository _scores;
    private readonly TemplateComposer _composer;
    private readonly IMailSender _mail;
    private readonly ChoirWebhookClient _webhooks;
    private readonly AccompanistGateway _accompanists;
    private readonly CantabileOptions _options;
    private readonly ILogger<RegistrationConfirmedHandler> _logger;

    public RegistrationConfirmedHandler(
        IRegistrationRepository registrations,
        IScoreRepository scores,
        TemplateComposer composer,
        IMailSender mail,
        ChoirWebhookClient webhooks,
        AccompanistGateway accompanists,
        IOptions<CantabileOptions> options,
        ILogger<RegistrationConfirmedHandler> logger)
    {
        _registrations = registrations;
        _scores = scores;
        _composer = composer;
        _mail = mail;
        _webhooks = webhooks;
        _accompanists = accompanists;
        _options = options.Value;
        _logger = logger;
    }

    public async Task Handle(RegistrationConfirmed message)
    {
        var choir = await _registrations.GetChoirAsync(message.ChoirId);
        var registration = await _registrations.GetRegistrationAsync(message.RegistrationId);
        if (choir is null || registration is null)
        {
            _logger.LogWarning("Confirmation for missing registration {RegistrationId}", message.RegistrationId);
            return;
        }

        var category = await _scores.GetCategoryAsync(registration.Category);
        var greeting = await _composer.RenderGreetingAsync(choir, new GreetingModel
        {
            ChoirName = choir.Name,
            DirectorName = choir.DirectorName,
            Category = category?.Title ?? registration.Category,
            FestivalName = _options.FestivalName,
        });

        var body = _composer.Render("registration-confirmed", new
        {
            greeting,
            choirName = choir.Name,
            directorName = choir.DirectorName,
            motto = choir.Motto,
            category = category?.Title ?? registration.Category,
            singers = registration.SingerCount,
            festival = _options.FestivalName,
            year = _options.FestivalYear,
            portalUrl = $"{_options.PublicBaseUrl}/portal/registrations/{registration.Id}",
        });

        await _mail.SendAsync(choir.DirectorEmail, $"{_options.FestivalName}: registration confirmed", body, isHtml: true);
        await _webhooks.NotifyAsync(choir.CallbackUrl, "registration.confirmed", new { registrationId = registration.Id, registration.Category, registration.Status });

        var accompanist = await _accompanists.CheckAsync(choir);
        if (accompanist is { Available: false })
        {
            _logger.LogInformation("Accompanist {Name} unavailable for choir {ChoirId}", accompanist.Name, choir.Id);
        }
    }
}
