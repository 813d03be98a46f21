package queue

import (
	"encoding/json"

	"github.com/nats-io/nats.go"
)

const (
	SubjectExport    = "saltmarsh.export.requested"
	SubjectReminders = "saltmarsh.trip.reminders"
	SubjectImport    = "saltmarsh.import.archive"
	SubjectNotify    = "saltmarsh.notify.volunteer"
)

// ReminderRequest asks the worker to send reminders for trips at a site.
type ReminderRequest struct {
	SiteCode    string `json:"siteCode"`
	WithinHours int    `json:"withinHours"`
	CustomBody  string `json:"customBody,omitempty"`
	RequestedBy int64  `json:"requestedBy"`
}

// ImportRequest points the worker at an uploaded field-sheet archive.
type ImportRequest struct {
	ArchivePath string `json:"archivePath"`
	SiteCode    string `json:"siteCode"`
	UploadedBy  int64  `json:"uploadedBy"`
}

// NotifyRequest asks the worker to notify a volunteer via their webhook.
type NotifyRequest struct {
	VolunteerID int64       `json:"volunteerId"`
	Event       string      `json:"event"`
	Data        interface{} `json:"data"`
}

type Publisher struct {
	nc *nats.Conn
}

func NewPublisher(nc *nats.Conn) *Publisher { return &Publisher{nc: nc} }

func (p *Publisher) Publish(subject string, v interface{}) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return p.nc.Publish(subject, b)
}
