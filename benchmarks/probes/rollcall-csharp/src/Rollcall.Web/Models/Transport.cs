namespace Rollcall.Web.Models;

public sealed record RouteInfo(string Code, string Name, string Driver, string Vehicle, int Capacity);

public sealed record StopInfo(string Id, string Name, string Time, double Latitude, double Longitude);

public sealed record VehiclePosition(string VehicleId, double Latitude, double Longitude, DateTimeOffset ReportedAt, int? DelaySeconds);

public sealed record FeedPreviewRequest(string FeedUrl);

public sealed record GtfsFeedSummary(string Url, long Bytes, int Files, IReadOnlyList<string> Entries, DateTimeOffset FetchedAt);

public sealed record PartnerTimetableRequest(string Url);

public sealed record TimetableRow(string RouteCode, string StopId, string Departure);
