using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rollcall.Web.Models;
using Rollcall.Web.Services;

namespace Rollcall.Web.Pages.Staff;

public sealed class DirectoryModel : PageModel
{
    private readonly StaffDirectoryService _directory;

    public DirectoryModel(StaffDirectoryService directory)
    {
        _directory = directory;
    }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Department { get; set; }

    public StaffMember? Card { get; private set; }

    public IReadOnlyList<StaffMember> Members { get; private set; } = Array.Empty<StaffMember>();

    public void OnGet()
    {
        if (!string.IsNullOrWhiteSpace(Email))
        {
            Card = _directory.FindByEmail(Email);
        }
        else if (!string.IsNullOrWhiteSpace(Department))
        {
            Members = _directory.ListDepartment(Department);
        }
    }
}
