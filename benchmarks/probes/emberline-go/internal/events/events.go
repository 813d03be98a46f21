// Package events defines the NATS subjects and payloads exchanged between the
// HTTP front ends and the dispatch worker.
package events

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
)

const (
	SubjectIncidentStatus  = "emberline.incident.status"
	SubjectReportExport    = "emberline.report.export"
	SubjectResourceRequest = "emberline.resource.request"
	SubjectTileBundle      = "emberline.tiles.bundle"
)

// IncidentStatusChanged is emitted whenever an operator moves an incident.
type IncidentStatusChanged struct {
	IncidentID int       `json:"incident_id"`
	Status     string    `json:"status"`
	Actor      string    `json:"actor"`
	Note       string    `json:"note"`
	At         time.Time `json:"at"`
}

// ReportExportRequested asks the worker to convert an incident report.
type ReportExportRequested struct {
	IncidentID  int    `json:"incident_id"`
	Format      string `json:"format"`
	RequestedBy string `json:"requested_by"`
}

// ResourceRequested is emitted for each partner resource request.
type ResourceRequested struct {
	RequestID   uint   `json:"request_id"`
	PartnerID   string `json:"partner_id"`
	Kind        string `json:"kind"`
	Quantity    int    `json:"quantity"`
	CallbackURL string `json:"callback_url"`
}

// TileBundleUploaded tells the worker a tarball of map tiles is spooled.
type TileBundleUploaded struct {
	Layer       string `json:"layer"`
	ArchivePath string `json:"archive_path"`
	PartnerID   string `json:"partner_id"`
}

// Publisher wraps a NATS connection with JSON encoding.
type Publisher struct {
	nc *nats.Conn
}

// NewPublisher returns a publisher bound to nc.
func NewPublisher(nc *nats.Conn) *Publisher {
	return &Publisher{nc: nc}
}

// Publish marshals v and sends it on subject.
func (p *Publisher) Publish(subject string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("marshal %s: %w", subject, err)
	}
	return p.nc.Publish(subject, b)
}
