using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rollcall.Web.Config;
using Rollcall.Web.Models;
using Rollcall.Web.Services;

namespace Rollcall.Web.Pages.Portal;

[Authorize(Policy = AuthSetup.GuardianPolicy)]
public sealed class IndexModel : PageModel
{
    private readonly StudentService _students;

    public IndexModel(StudentService students)
    {
        _students = students;
    }

    public IReadOnlyList<Student> Children { get; private set; } = Array.Empty<Student>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var children = new List<Student>();
        foreach (var claim in User.FindAll("student"))
        {
            if (int.TryParse(claim.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && await _students.GetByIdAsync(id, ct) is { } student)
            {
                children.Add(student);
            }
        }

        Children = children;
    }
}
