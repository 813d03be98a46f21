package dto

// PermitApplication is submitted by residents on the permit portal.
type PermitApplication struct {
	Kind        string `json:"kind"`
	ZoneID      string `json:"zone_id"`
	ZoneCode    string `json:"zone_code"`
	Plate       string `json:"plate"`
	HolderName  string `json:"holder_name"`
	HolderEmail string `json:"holder_email"`
	StreetName  string `json:"street_name"`
	HouseNumber string `json:"house_number"`
	ReturnURL   string `json:"return_url"`
}

// PermitSearch carries filters from the staff permit search screen.
type PermitSearch struct {
	Street string
	Status string
	Zone   string
	Page   int
}

// FleetRegistration is submitted by fleet operators.
type FleetRegistration struct {
	CompanyName  string   `json:"company_name"`
	ContactEmail string   `json:"contact_email"`
	Website      string   `json:"website"`
	WebhookURL   string   `json:"webhook_url"`
	Password     string   `json:"password"`
	Plates       []string `json:"plates"`
}

// ReportExportRequest asks the reporting service for a PDF.
type ReportExportRequest struct {
	ReportID int64  `json:"report_id"`
	Title    string `json:"title"`
	Format   string `json:"format"`
}

// SavedReportRequest stores a supervisor's report definition.
type SavedReportRequest struct {
	Name     string `json:"name"`
	GroupBy  string `json:"group_by"`
	FromDate string `json:"from_date"`
	ToDate   string `json:"to_date"`
}

// NoticePrintRequest queues late notices for a print station.
type NoticePrintRequest struct {
	Printer     string  `json:"printer"`
	CitationIDs []int64 `json:"citation_ids"`
}
