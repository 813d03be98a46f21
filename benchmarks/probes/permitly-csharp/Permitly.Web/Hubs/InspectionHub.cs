using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Permitly.Web.Data;
using Permitly.Web.Services;

namespace Permitly.Web.Hubs;

[Authorize(Roles = "inspector,supervisor")]
public sealed class InspectionHub(
    InspectionRepository inspections,
    SiteDiagnosticsService diagnostics,
    ChecklistService checklists,
    ILogger<InspectionHub> logger) : Hub
{
    private static string Group(int inspectionId) => $"inspection-{inspectionId}";

    public Task JoinInspection(int inspectionId) => Groups.AddToGroupAsync(Context.ConnectionId, Group(inspectionId));

    public async Task AddFieldNote(int inspectionId, string note)
    {
        if (string.IsNullOrWhiteSpace(note) || note.Length > 2000)
            throw new HubException("Notes must be between 1 and 2000 characters.");
        var inspector = Context.User?.Identity?.Name ?? "unknown";
        await inspections.AppendFieldNoteAsync(inspectionId, inspector, note);
        await Clients.OthersInGroup(Group(inspectionId)).SendAsync("fieldNoteAdded", inspectionId, inspector);
    }

    public Task<string> CheckSiteDevice(string host) => diagnostics.PingAsync(host.Trim());

    public async Task<string> SubmitChecklist(int inspectionId, string payload)
    {
        var checklist = checklists.ParseSubmission(payload);
        if (checklist.InspectionId != inspectionId)
            throw new HubException("Checklist does not belong to this inspection.");
        var result = ChecklistService.Summary(checklist);
        logger.LogInformation("Inspection {Id} completed by {User}: {Result}", inspectionId, Context.UserIdentifier, result);
        await Clients.Group(Group(inspectionId)).SendAsync("checklistCompleted", inspectionId, result);
        return result;
    }

    public ChecklistTemplate PreviewTemplate(string templateJson) => checklists.ParseTemplate(templateJson);
}
