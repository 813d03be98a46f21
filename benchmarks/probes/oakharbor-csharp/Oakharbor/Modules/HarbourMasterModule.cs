using Nancy;
using Oakharbor.Data;
using Oakharbor.Services;

namespace Oakharbor.Modules;

public sealed class HarbourMasterModule : NancyModule
{
    public HarbourMasterModule(IWorkOrderRepository workOrders, TenantDirectory directory, CrewTokenReader crewTokens)
    {
        Get("/work-orders", async (args, ct) =>
        {
            var crew = crewTokens.ReadHandheldToken(this.Request.Headers.Authorization);
            string vessel = this.Request.Query.vessel;
            if (string.IsNullOrWhiteSpace(vessel))
            {
                return HttpStatusCode.BadRequest;
            }

            var dockScope = crew.IsHarbourMaster ? null : crew.DockCode;
            var orders = await workOrders.FindByVesselNameAsync(vessel.Trim(), dockScope, ct);
            return Response.AsJson(orders);
        });

        Get("/work-orders/{id:int}", async (args, ct) =>
        {
            crewTokens.ValidateStaffToken(ExtractBearer(this.Request.Headers.Authorization));
            int id = args.id;
            var order = await workOrders.GetAsync(id, ct);
            return order is null ? HttpStatusCode.NotFound : Response.AsJson(order);
        });

        Post("/work-orders/{id:int}/notes", async (args, ct) =>
        {
            var staff = crewTokens.ValidateStaffToken(ExtractBearer(this.Request.Headers.Authorization));
            int id = args.id;
            string note = this.Request.Form.note;
            if (string.IsNullOrWhiteSpace(note) || note.Length > 2000)
            {
                return HttpStatusCode.BadRequest;
            }

            await workOrders.AppendNoteAsync(id, staff.Subject, note, ct);
            return HttpStatusCode.NoContent;
        });

        Get("/tenants", args =>
        {
            crewTokens.ValidateStaffToken(ExtractBearer(this.Request.Headers.Authorization));
            string email = this.Request.Query.email;
            string mooring = this.Request.Query.mooring;

            if (!string.IsNullOrWhiteSpace(mooring))
            {
                return Response.AsJson(directory.FindByMooringAccount(mooring.Trim()));
            }
            if (!string.IsNullOrWhiteSpace(email))
            {
                return Response.AsJson(directory.FindByEmail(email.Trim()));
            }
            return HttpStatusCode.BadRequest;
        });
    }

    private static string ExtractBearer(string? header)
    {
        if (string.IsNullOrEmpty(header) || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            throw new UnauthorizedAccessException("Missing bearer token.");
        }
        return header["Bearer ".Length..].Trim();
    }
}
