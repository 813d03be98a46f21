using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Quayside.Functions.Ingest;

/// <summary>
/// Freight partners obtain a client-credentials token from the Quayside auth server and present it
/// as a bearer token when pushing manifests.
/// </summary>
public sealed class IngestAuthenticator
{
    private readonly JwtSecurityTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TokenValidationParameters _parameters;
    private readonly ILogger<IngestAuthenticator> _logger;

    public IngestAuthenticator(IConfiguration configuration, ILogger<IngestAuthenticator> logger)
    {
        _logger = logger;
        var keyBase64 = configuration["Ingest:SigningKey"]
            ?? throw new InvalidOperationException("Ingest:SigningKey is not configured (Key Vault reference expected).");

        _parameters = new TokenValidationParameters
        {
            ValidIssuer = configuration["Ingest:Issuer"],
            ValidAudience = configuration["Ingest:Audience"],
            IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(keyBase64)),
            ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        };
    }

    public ClaimsPrincipal? Authenticate(string? authorizationHeader)
    {
        if (string.IsNullOrEmpty(authorizationHeader) || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = authorizationHeader["Bearer ".Length..].Trim();
        try
        {
            var principal = _handler.ValidateToken(token, _parameters, out _); // SAFE jwt
            return principal.HasClaim("scope", "manifests:push") ? principal : null;
        }
        catch (Exception ex) when (ex is SecurityTokenException or ArgumentException)
        {
            _logger.LogInformation("Rejected ingest token: {Reason}", ex.Message);
            return null;
        }
    }
}
