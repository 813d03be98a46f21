package worker

import (
	"errors"
	"time"

	"github.com/google/uuid"
)

var ErrQueueFull = errors.New("job queue is full")

type JobKind int

const (
	JobFlashFirmware JobKind = iota + 1
	JobNotifyPartner
	JobRotateLogs
)

// Job is a unit of background work. Only the fields relevant to Kind are set.
type Job struct {
	ID            string
	Kind          JobKind
	RideID        string
	VehicleSerial string
	FirmwareImage string
	CallbackURL   string
	RequestedBy   string
	Enqueued      time.Time
}

// Queue is a bounded in-process job queue drained by Runner goroutines.
type Queue struct{ jobs chan Job }

func NewQueue(size int) *Queue { return &Queue{jobs: make(chan Job, size)} }

// Enqueue adds a job without blocking the request path.
func (q *Queue) Enqueue(j Job) error {
	j.ID, j.Enqueued = uuid.NewString(), time.Now().UTC()
	select {
	case q.jobs <- j:
		return nil
	default:
		return ErrQueueFull
	}
}
