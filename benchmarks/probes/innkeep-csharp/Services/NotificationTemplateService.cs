using System.Security.Cryptography;
using System.Text;
using Innkeep.Config;
using Innkeep.Models;
using Microsoft.Extensions.Options;
using RazorEngine;
using RazorEngine.Templating;

namespace Innkeep.Services;

public class NotificationTemplateService(IOptions<InnkeepOptions> options)
{
    private static readonly IReadOnlyDictionary<LetterKind, string> LetterFiles = new Dictionary<LetterKind, string>
    {
        [LetterKind.Welcome] = "welcome.cshtml",
        [LetterKind.PreArrival] = "pre-arrival.cshtml",
        [LetterKind.PostStay] = "post-stay.cshtml",
    };

    private readonly InnkeepOptions _options = options.Value;

    public string RenderGiftCard(string message, GiftCardModel model)
    {
        var cacheKey = "giftcard-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(message)));
        return Engine.Razor.RunCompile(message, cacheKey, typeof(GiftCardModel), model); // VULN ssti
    }

    public string RenderLetter(LetterKind kind, WelcomeLetterModel model)
    {
        var template = File.ReadAllText(Path.Combine(_options.TemplateRoot, LetterFiles[kind]));
        return Engine.Razor.RunCompile(template, "letter-" + kind, typeof(WelcomeLetterModel), model); // SAFE ssti
    }
}
