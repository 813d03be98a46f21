using HandlebarsDotNet;
using RazorLight;
using Rollcall.Web.Models;

namespace Rollcall.Web.Services;

public sealed class LetterService
{
    private const string LetterLayout = "@model Rollcall.Web.Models.LetterModel\n";

    private const string LetterFooter =
        "<footer><p>@Model.TeacherName<br/>@Model.SchoolName</p>" +
        "<p class=\"date\">@Model.Date.ToString(\"MMMM d, yyyy\")</p></footer>";

    private readonly IRazorLightEngine _razor;
    private readonly HandlebarsTemplate<object, object> _absenceTemplate;

    public LetterService(IRazorLightEngine razor, IWebHostEnvironment environment)
    {
        _razor = razor;
        var handlebars = Handlebars.Create();
        var templatePath = Path.Combine(environment.ContentRootPath, "Templates", "absence-letter.hbs");
        _absenceTemplate = handlebars.Compile(File.ReadAllText(templatePath));
    }

    public string RenderAbsenceLetter(AbsenceLetterModel model) => _absenceTemplate(model);

    /// <summary>
    /// Teachers write letters with merge fields such as @Model.StudentName and preview them before sending.
    /// </summary>
    public Task<string> PreviewAsync(LetterPreviewRequest request, LetterModel model)
    {
        var source = LetterLayout
                     + $"<h2>{request.Heading}</h2>\n"
                     + $"<div class=\"letter-body\">{request.Body}</div>\n"
                     + LetterFooter;
        var key = $"letter-preview-{Guid.NewGuid():N}";
        return _razor.CompileRenderStringAsync(key, source, model); // VULN ssti
    }
}
