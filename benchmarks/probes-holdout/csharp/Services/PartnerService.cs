using System.Globalization;
using Larderline.Configuration;
using Larderline.Contracts;
using Larderline.Data;
using Larderline.Domain;
using Larderline.Infrastructure.Files;
using Larderline.Infrastructure.Http;
using Larderline.Infrastructure.Processes;
using Larderline.Security;
using Larderline.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Larderline.Services;

public sealed class PartnerService(
    LarderlineDbContext db,
    CharityRegisterClient register,
    PartnerWebhookClient webhooks,
    DocumentStore documents,
    DocumentConverter converter,
    IWorkQueue queue,
    IOptions<IntegrationOptions> integrationOptions,
    TimeProvider clock,
    ILogger<PartnerService> logger)
{
    public async Task<PartnerCharity> RegisterAsync(PartnerRegistrationForm form, CancellationToken ct)
    {
        RegisteredCharity? registered = null;
        if (int.TryParse(form.CharityNumber.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            registered = await register.LookupAsync(number, ct);
        }

        var partner = new PartnerCharity
        {
            Name = form.Name.Trim(),
            CharityNumber = form.CharityNumber.Trim(),
            Region = form.Region.Trim(),
            ContactName = form.ContactName.Trim(),
            ContactEmail = form.ContactEmail.Trim(),
            Website = form.Website?.Trim(),
            DonationPageUrl = form.DonationPageUrl?.Trim(),
            About = form.About,
            Approved = registered is { Status: "Registered" },
            RegisteredAt = clock.GetUtcNow(),
        };

        db.Partners.Add(partner);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Partner {Name} registered (auto-approved: {Approved})", partner.Name, partner.Approved);
        return partner;
    }

    public async Task<PartnerProfileViewModel?> GetProfileAsync(int id, CancellationToken ct)
    {
        var p = await db.Partners.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return null;
        }

        return new PartnerProfileViewModel(p.Id, p.Name, p.CharityNumber, p.Region, p.ContactName,
            p.Website, WebLinks.HttpOnly(p.DonationPageUrl), p.About, p.LogoFile, p.Approved, null);
    }

    public async Task<bool> UpdateWebhookAsync(int partnerId, string url, CancellationToken ct)
    {
        var updated = await db.Partners.Where(p => p.Id == partnerId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.WebhookUrl, url), ct);
        return updated == 1;
    }

    public async Task<int?> SendTestPingAsync(int partnerId, string candidateUrl, CancellationToken ct)
    {
        if (!OutboundUrls.TryGetApprovedWebhook(candidateUrl, integrationOptions.Value.WebhookHosts, out var endpoint))
        {
            return null;
        }
        return await webhooks.SendPingAsync(endpoint!, partnerId, ct);
    }

    public Stream OpenLogo(string fileName) => documents.OpenPartnerLogo(fileName);

    public Stream OpenDeliveryNote(int partnerId, string fileName) =>
        documents.OpenDeliveryNote(Path.Combine(partnerId.ToString(CultureInfo.InvariantCulture), fileName));

    public Task<string> ConvertDeliveryNoteAsync(string fileName, CancellationToken ct) =>
        converter.ConvertToPdfAsync(documents.DeliveryNotesRoot, fileName, ct);

    public async Task<bool> RequestAllocationReportAsync(int partnerId, AllocationReportRequest request, string requestedBy, CancellationToken ct)
    {
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnerId, ct);
        if (partner is null || request.Month is < 1 or > 12)
        {
            return false;
        }

        await queue.EnqueueAsync(new AllocationReportRequested(partnerId, new DateOnly(request.Year, request.Month, 1), partner.ContactEmail)
        {
            RequestedBy = requestedBy,
        }, ct);
        return true;
    }
}
