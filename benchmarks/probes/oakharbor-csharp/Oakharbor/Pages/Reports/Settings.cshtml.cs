using System.ComponentModel.DataAnnotations;
using System.Globalization;
using MassTransit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oakharbor.Data;
using Oakharbor.Domain;
using Oakharbor.Messaging;

namespace Oakharbor.Pages.Reports;

public class SettingsModel : PageModel
{
    private readonly IReportPreferenceRepository _preferences;
    private readonly IPublishEndpoint _bus;

    public SettingsModel(IReportPreferenceRepository preferences, IPublishEndpoint bus)
    {
        _preferences = preferences;
        _bus = bus;
    }

    public sealed class PreferenceInput
    {
        [Required, StringLength(200)]
        public string OccupancyGrouping { get; set; } = "o.dock_code";

        [Required, StringLength(40)]
        public string RevenueDimension { get; set; } = "dock";

        public bool IncludeLiveaboards { get; set; }

        [Required, EmailAddress]
        public string DeliveryEmail { get; set; } = string.Empty;
    }

    [BindProperty]
    public PreferenceInput Input { get; set; } = new();

    public string DefaultPeriod => DateTime.UtcNow.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private string UserName => User.Identity?.Name ?? throw new InvalidOperationException("Anonymous user on reports page.");

    public async Task OnGetAsync(CancellationToken ct)
    {
        var saved = await _preferences.GetAsync(UserName, ct);
        Input = new PreferenceInput
        {
            OccupancyGrouping = saved.OccupancyGrouping,
            RevenueDimension = saved.RevenueDimension,
            IncludeLiveaboards = saved.IncludeLiveaboards,
            DeliveryEmail = saved.DeliveryEmail
        };
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await _preferences.SaveAsync(new ReportPreference
        {
            UserName = UserName,
            OccupancyGrouping = Input.OccupancyGrouping.Trim(),
            RevenueDimension = Input.RevenueDimension.Trim(),
            IncludeLiveaboards = Input.IncludeLiveaboards,
            DeliveryEmail = Input.DeliveryEmail.Trim()
        }, ct);

        TempData["Flash"] = "Report preferences saved.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostQueueAsync(string period, CancellationToken ct)
    {
        if (!DateTime.TryParseExact(period, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            TempData["Flash"] = "Choose a month to report on.";
            return RedirectToPage();
        }

        var reportId = NewId.NextGuid();
        await _bus.Publish(new GenerateOccupancyReport
        {
            ReportId = reportId,
            RequestedBy = UserName,
            Year = month.Year,
            Month = month.Month
        }, ct);

        TempData["Flash"] = $"Report {reportId:N} queued; it will be e-mailed when ready.";
        return RedirectToPage();
    }
}
