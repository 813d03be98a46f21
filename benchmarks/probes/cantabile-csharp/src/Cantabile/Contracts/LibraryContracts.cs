using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace Cantabile.Contracts;

public sealed class CatalogueSearchRequest
{
    [FromQuery(Name = "composer")] public string? Composer { get; set; }
    [FromQuery(Name = "voicing")] public string? Voicing { get; set; }
    [FromQuery(Name = "language")] public string? Language { get; set; }
    [FromQuery(Name = "filter")] public string? AdvancedFilter { get; set; }
}

public sealed record CatalogueItem(Guid Id, string Title, string Composer, string? Arranger, string Voicing, int CopiesAvailable);

public sealed class BorrowRequest
{
    [Required] public Guid TitleId { get; set; }
    [Required] public int MemberId { get; set; }
    [Range(1, 80)] public int Copies { get; set; }
    [Range(7, 90)] public int Days { get; set; } = 28;
}

public sealed record BorrowResponse(int LoanId, string PickupCode, DateTime DueAt);

public sealed class DownloadPartRequest
{
    [FromRoute(Name = "titleId")] public Guid TitleId { get; set; }
    [FromQuery(Name = "part")] public string Part { get; set; } = string.Empty;
}

public sealed class PerusalCopyRequest
{
    [FromRoute(Name = "titleId")] public Guid TitleId { get; set; }
    [FromQuery(Name = "file")] public string File { get; set; } = string.Empty;
}

public sealed class EngraveRequest
{
    [Required] public Guid TitleId { get; set; }
    [Required] public string SourceFile { get; set; } = string.Empty;
    public string PaperSize { get; set; } = "a4";
    public bool PreviewOnly { get; set; }
    public int Resolution { get; set; } = 110;
}

public sealed class PinResetRequest
{
    [Required] public string CardNumber { get; set; } = string.Empty;
}

public sealed record ReservationCheck(Guid TitleId, string Voicing, int Copies);

public sealed class MusicXmlUpload
{
    [FromForm(Name = "file")] public IFormFile File { get; set; } = default!;
    [FromForm(Name = "voicing")] public string Voicing { get; set; } = "SATB";
    [FromForm(Name = "language")] public string Language { get; set; } = "Latin";
    [FromForm(Name = "publisher")] public string Publisher { get; set; } = string.Empty;
}

public sealed class BundleUpload
{
    [FromRoute(Name = "titleId")] public Guid TitleId { get; set; }
    [FromForm(Name = "bundle")] public IFormFile Bundle { get; set; } = default!;
}

public sealed class KioskSignInRequest
{
    [Required] public string CardNumber { get; set; } = string.Empty;
}

public sealed class KioskSignOutRequest
{
    [FromQuery(Name = "next")] public string? Next { get; set; }
}
