// Package queue defines the jobs exchanged between the API processes and the
// worker over NATS, and a small publisher.
package queue

import (
	"encoding/gob"
	"time"

	"github.com/skyvane/skyvane/internal/dto"
)

const (
	SubjectJobs            = "skyvane.jobs"
	SubjectFirmwareBatches = "skyvane.firmware.batches"
	WorkerQueueGroup       = "skyvane-workers"
	SignatureHeader        = "Skyvane-Signature"
)

// Task is a unit of background work.
type Task interface {
	Kind() string
}

// Envelope wraps a Task for transport on SubjectJobs.
type Envelope struct {
	ID         string
	EnqueuedAt time.Time
	Task       Task
}

// WebhookTask delivers an alert to a partner webhook.
type WebhookTask struct {
	PartnerID uint
	AlertID   string
}

// RadarConvertTask converts an uploaded radar image into PNG tiles.
type RadarConvertTask struct {
	StationCode string
	Upload      string
	Original    string
}

// CalibrationTask applies a station's calibration to freshly ingested readings.
type CalibrationTask struct {
	StationID  uint
	ReadingIDs []int64
}

// FeedPollTask fetches and imports a partner's registered data feed.
type FeedPollTask struct {
	PartnerID uint
}

// PurgeStationTask deletes all readings of a decommissioned station.
type PurgeStationTask struct {
	StationID   uint
	RequestedBy string
}

// FirmwareBatch is produced by the Skyvane gateway firmware, which gob-encodes
// buffered readings together with an optional follow-up task.
type FirmwareBatch struct {
	StationCode string
	Firmware    string
	Readings    []dto.ReadingInput
	FollowUp    Task
}

func (WebhookTask) Kind() string      { return "webhook" }
func (RadarConvertTask) Kind() string { return "radar_convert" }
func (CalibrationTask) Kind() string  { return "calibration" }
func (FeedPollTask) Kind() string     { return "feed_poll" }
func (PurgeStationTask) Kind() string { return "purge_station" }

func init() {
	gob.Register(WebhookTask{})
	gob.Register(RadarConvertTask{})
	gob.Register(CalibrationTask{})
	gob.Register(FeedPollTask{})
	gob.Register(PurgeStationTask{})
}
