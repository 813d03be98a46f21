using Newtonsoft.Json;

namespace Permitly.Web.Services;

public sealed record ChecklistItem(string Code, string Label, bool Passed, object? Measurement, string? Comment);

public sealed record InspectionChecklist(int InspectionId, List<ChecklistItem> Items, DateTime CompletedAt);

public sealed record ChecklistTemplate(string Name, List<ChecklistItem> Items);

public sealed class ChecklistService
{
    /// <summary>Tablet app submissions; measurements can be numbers, ranges or photo references.</summary>
    public InspectionChecklist ParseSubmission(string payload) =>
        JsonConvert.DeserializeObject<InspectionChecklist>(payload, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto }) // VULN deser
            ?? throw new JsonSerializationException("Empty checklist payload");

    public ChecklistTemplate ParseTemplate(string json) =>
        JsonConvert.DeserializeObject<ChecklistTemplate>(json, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None }) // SAFE deser
            ?? new ChecklistTemplate("Untitled", []);

    public static string Summary(InspectionChecklist checklist) =>
        checklist.Items.All(i => i.Passed) ? "Passed" : $"Failed ({string.Join(", ", checklist.Items.Where(i => !i.Passed).Select(i => i.Code))})";
}
