using System.IdentityModel.Tokens.Jwt;

namespace Rampwise.Web.Security;

public record PartnerIdentity(string AirlineCode, string Subject, IReadOnlyCollection<string> Scopes);

public interface IPartnerTokenReader
{
    PartnerIdentity? Read(string? authorizationHeader);
}

/// <summary>
/// Airline partner systems call the integration API with tokens minted by their own IdP
/// (federated through the Rampwise partner gateway).
/// </summary>
public class PartnerTokenReader : IPartnerTokenReader
{
    private readonly JwtSecurityTokenHandler _handler = new();
    private readonly ILogger<PartnerTokenReader> _logger;

    public PartnerTokenReader(ILogger<PartnerTokenReader> logger)
    {
        _logger = logger;
    }

    public PartnerIdentity? Read(string? authorizationHeader)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader) || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var raw = authorizationHeader["Bearer ".Length..].Trim();
        if (!_handler.CanReadToken(raw))
        {
            _logger.LogInformation("Rejected unreadable partner token");
            return null;
        }

        var jwt = _handler.ReadJwtToken(raw); // VULN jwt
        if (jwt.ValidTo < DateTime.UtcNow)
        {
            return null;
        }

        var airline = jwt.Claims.FirstOrDefault(c => c.Type == "airline")?.Value;
        if (string.IsNullOrEmpty(airline))
        {
            return null;
        }

        var scopes = jwt.Claims.Where(c => c.Type == "scope").SelectMany(c => c.Value.Split(' ')).ToArray();
        return new PartnerIdentity(airline.ToUpperInvariant(), jwt.Subject ?? "unknown", scopes);
    }
}
