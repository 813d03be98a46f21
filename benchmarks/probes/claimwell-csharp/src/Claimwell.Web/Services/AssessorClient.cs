using System.Net;
using System.Net.Http.Json;
using Claimwell.Web.Models;

namespace Claimwell.Web.Services;

/// <summary>Client for the external loss-assessor network. Base address and credentials come from configuration.</summary>
public sealed class AssessorClient
{
    private readonly HttpClient _http;

    public AssessorClient(HttpClient http)
    {
        _http = http;
    }

    public async Task<AssessorReport?> GetReportAsync(string claimReference, CancellationToken ct)
    {
        using var response = await _http.GetAsync($"v2/reports/{Uri.EscapeDataString(claimReference)}", ct); // SAFE ssrf
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<AssessorReport>(cancellationToken: ct);
    }

    public async Task RequestAssessmentAsync(ClaimCase claim, CancellationToken ct)
    {
        var body = new
        {
            reference = claim.Reference,
            lossType = claim.LossType,
            lossDate = claim.LossDate,
            estimate = claim.EstimatedAmount,
            description = claim.Description
        };

        using var response = await _http.PostAsJsonAsync("v2/assessments", body, ct);
        response.EnsureSuccessStatusCode();
    }
}
