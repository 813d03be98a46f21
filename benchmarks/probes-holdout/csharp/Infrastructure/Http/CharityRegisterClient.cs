using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace Larderline.Infrastructure.Http;

public sealed record RegisteredCharity(int RegisteredNumber, string Name, string Status, DateOnly? RegisteredOn);

/// <summary>
/// Looks partner charities up in the national charity register before approval.
/// </summary>
public sealed class CharityRegisterClient(HttpClient http, ILogger<CharityRegisterClient> logger)
{
    public async Task<RegisteredCharity?> LookupAsync(int registeredNumber, CancellationToken ct)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"api/charities/{registeredNumber}");
        using var response = await http.GetAsync(path, ct); // SAFE ssrf
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            logger.LogInformation("Charity {Number} not on the register", registeredNumber);
            return null;
        }
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<RegisteredCharity>(cancellationToken: ct);
    }
}
