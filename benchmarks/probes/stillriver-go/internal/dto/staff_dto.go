package dto

// SignoffRequest is bound by Hertz on POST /inspections/:id/signoff.
type SignoffRequest struct {
	ID       int64  `path:"id" vd:"$>0"`
	Result   string `form:"result" vd:"in($,'passed','conditional','failed')"`
	Findings string `form:"findings" vd:"len($)<4000"`
	ReturnTo string `form:"return_to"`
}

// CreateInspectionRequest is bound by Hertz on POST /inspections.
type CreateInspectionRequest struct {
	HullID   string `json:"hull_id" form:"hull_id" vd:"regexp('^[A-Z]{3}[0-9]{5}[A-Z0-9]{4}$')"`
	LockID   int64  `json:"lock_id" form:"lock_id" vd:"$>0"`
	Findings string `json:"findings" form:"findings"`
}

// SummaryFilter narrows the inspection summary report.
type SummaryFilter struct {
	District string
	Since    string
	Result   string
}

// OverdueQuery lists vessels whose inspection certificate has lapsed.
type OverdueQuery struct {
	SortBy string
	Limit  int
}

// SummaryRow is one aggregated line of the inspection summary.
type SummaryRow struct {
	District    string `json:"district"`
	Result      string `json:"result"`
	Inspections int    `json:"inspections"`
}

// OverdueRow is one vessel with a lapsed certificate.
type OverdueRow struct {
	HullID      string `json:"hullId"`
	Name        string `json:"name"`
	LastChecked string `json:"lastChecked"`
	DaysOverdue int    `json:"daysOverdue"`
}

// ScheduleRequest is parsed by go-zero httpx.Parse on GET /locks/:lockId/schedule.
type ScheduleRequest struct {
	LockID int64  `path:"lockId"`
	Day    string `form:"day"`
	Class  string `form:"class,optional"`
}

// ScheduleSlot is one slot of a lock's daily schedule.
type ScheduleSlot struct {
	BookingID   int64  `json:"bookingId"`
	VesselName  string `json:"vesselName"`
	VesselClass string `json:"vesselClass"`
	Direction   string `json:"direction"`
	SlotStart   string `json:"slotStart"`
	SlotEnd     string `json:"slotEnd"`
}

// ScheduleResponse wraps a day's slots.
type ScheduleResponse struct {
	LockID int64          `json:"lockId"`
	Day    string         `json:"day"`
	Slots  []ScheduleSlot `json:"slots"`
}

// ReportRequestBody is parsed by go-zero on POST /reports/requests.
type ReportRequestBody struct {
	LockID  int64  `json:"lockId"`
	From    string `json:"from"`
	To      string `json:"to"`
	GroupBy string `json:"groupBy,default=day"`
	Format  string `json:"format,options=csv|json"`
}

// ReportRequestReply is returned after a report request is queued.
type ReportRequestReply struct {
	RequestID int64  `json:"requestId"`
	Status    string `json:"status"`
}

// RegistryLookupRequest is parsed on GET /registry/:region/:hull.
type RegistryLookupRequest struct {
	Region string `path:"region"`
	Hull   string `path:"hull"`
}

// RegistryRecord is the subset of the national registry record we expose.
type RegistryRecord struct {
	HullID     string `json:"hullId"`
	Name       string `json:"name"`
	Flag       string `json:"flag"`
	Owner      string `json:"owner"`
	ValidUntil string `json:"validUntil"`
}

// PartnerPingRequest asks Stillriver to test a partner's notification endpoint.
type PartnerPingRequest struct {
	PartnerID string `json:"partnerId"`
	Endpoint  string `json:"endpoint"`
}

// PartnerPingReply reports the partner endpoint's status.
type PartnerPingReply struct {
	Reachable  bool `json:"reachable"`
	StatusCode int  `json:"statusCode"`
}
