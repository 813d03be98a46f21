// Package workorders manages tram maintenance work orders.
package workorders

import (
	"regexp"
	"time"
)

// Work order statuses.
const (
	StatusOpen       = "open"
	StatusInProgress = "in_progress"
	StatusAwaitParts = "awaiting_parts"
	StatusClosed     = "closed"
)

var validStatuses = map[string]bool{
	StatusOpen:       true,
	StatusInProgress: true,
	StatusAwaitParts: true,
	StatusClosed:     true,
}

// tramCodePattern matches fleet numbers such as CT-214 or VX-009.
var tramCodePattern = regexp.MustCompile(`^[A-Z]{2}-\d{3}$`)

// WorkOrder is a maintenance job raised against a tram.
type WorkOrder struct {
	ID         int64     `xorm:"pk autoincr 'id'" json:"id"`
	TramCode   string    `xorm:"index 'tram_code'" json:"tramCode"`
	DepotCode  string    `xorm:"index 'depot_code'" json:"depotCode"`
	Title      string    `xorm:"'title'" json:"title"`
	Notes      string    `xorm:"text 'notes'" json:"notes"`
	Priority   int       `xorm:"'priority'" json:"priority"`
	Status     string    `xorm:"'status'" json:"status"`
	FaultCode  string    `xorm:"'fault_code'" json:"faultCode,omitempty"`
	AssignedTo string    `xorm:"'assigned_to'" json:"assignedTo,omitempty"`
	CreatedBy  string    `xorm:"'created_by'" json:"createdBy"`
	CreatedAt  time.Time `xorm:"created 'created_at'" json:"createdAt"`
	UpdatedAt  time.Time `xorm:"updated 'updated_at'" json:"updatedAt"`
}

// TableName maps WorkOrder to its table.
func (WorkOrder) TableName() string { return "work_orders" }

// Attachment is a photo or document attached to a work order.
type Attachment struct {
	ID          int64     `xorm:"pk autoincr 'id'" json:"id"`
	OrderID     int64     `xorm:"index 'order_id'" json:"orderId"`
	FileName    string    `xorm:"'file_name'" json:"fileName"`
	StoredName  string    `xorm:"'stored_name'" json:"storedName"`
	ContentType string    `xorm:"'content_type'" json:"contentType"`
	Size        int64     `xorm:"'size'" json:"size"`
	UploadedBy  string    `xorm:"'uploaded_by'" json:"uploadedBy"`
	CreatedAt   time.Time `xorm:"created 'created_at'" json:"createdAt"`
}

// TableName maps Attachment to its table.
func (Attachment) TableName() string { return "work_order_attachments" }

// FaultReport is raised by on-board diagnostics through the event bus.
type FaultReport struct {
	TramCode  string
	Depot     string
	FaultCode string
	Severity  string
	Detail    string
	Observed  time.Time
}

func severityToPriority(sev string) int {
	switch sev {
	case "critical":
		return 1
	case "major":
		return 2
	case "minor":
		return 3
	default:
		return 4
	}
}

type CreateRequest struct {
	TramCode  string `json:"tramCode"`
	Title     string `json:"title"`
	Notes     string `json:"notes"`
	Priority  int    `json:"priority"`
	FaultCode string `json:"faultCode"`
	Depot     string `json:"-"`
	Actor     string `json:"-"`
}

type CreateResponse struct {
	ID int64 `json:"id"`
}

type SearchRequest struct {
	Depot     string
	Status    string
	TramCode  string
	SortBy    string
	Direction string
	Page      int
	PageSize  int
}

// Offset returns the row offset of the requested page.
func (q SearchRequest) Offset() int {
	if q.Page < 1 {
		return 0
	}
	return (q.Page - 1) * q.PageSize
}

type SearchResponse struct {
	Items []WorkOrder `json:"items"`
	Total int64       `json:"total"`
	Page  int         `json:"page"`
}

type GetRequest struct {
	ID int64
}

type StatusRequest struct {
	ID     int64
	Status string `json:"status"`
	Next   string `json:"-"`
	Actor  string `json:"-"`
}

type StatusResponse struct {
	Location string `json:"location"`
}

type DownloadRequest struct {
	OrderID int64
	File    string
}

type FileResponse struct {
	Name        string
	ContentType string
	Body        []byte
}

type UploadRequest struct {
	OrderID     int64
	FileName    string
	ContentType string
	Body        []byte
	Actor       string
}

type ExportRequest struct {
	ID    int64
	Actor string
}

type PrintRequest struct {
	ID      int64
	Printer string `json:"printer"`
}

type PageResponse struct {
	HTML []byte
}

type AcceptedResponse struct {
	Queued bool `json:"queued"`
}
