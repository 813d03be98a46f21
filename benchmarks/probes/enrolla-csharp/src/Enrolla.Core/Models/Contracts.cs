namespace Enrolla.Core.Models;

public record SchoolSearchFilter(string? NameContains, SchoolPhase? Phase, string? LocalAuthority);
public record OfferQuery(string Round, string Status, string? LocalAuthority);
public record IssueLetterRequest(Guid OfferId, string LetterTitle, string? Language);
public record AppealSearchRequest(string FilterJson);
public record AppealDraftUpload(string DraftJson);
public record LetterPreviewRequest(Guid OfferId, string Template);
public record RankingRequest(int SchoolId, string Formula, RankingInputs Inputs);
public record GuardianSignup(string Email, string Password);
public record StaffSignup(string Username, string Email, string Password);
public record MapTileRequest(string ProviderUrl, string TileUrl);
