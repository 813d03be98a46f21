// Package worker runs background jobs submitted through the fleet gateway.
package worker

import (
	"encoding/gob"
	"errors"
	"fmt"
	"io"
)

var ErrQueueFull = errors.New("job queue is full")

// Job is a unit of background work.
type Job struct {
	ID, Kind, Tool, ExportID, CallbackURL string
	Args                                  []string
	Payload                               interface{}
	Attempts                              int
}

func init() {
	gob.Register(map[string]interface{}{})
}

type Queue struct{ jobs chan Job }

func NewQueue(size int) *Queue { return &Queue{jobs: make(chan Job, size)} }

func (q *Queue) Enqueue(j Job) error {
	select {
	case q.jobs <- j:
		return nil
	default:
		return ErrQueueFull
	}
}

// DecodeBatch reads a batch of jobs written by the roadbook-sync desktop tool.
func DecodeBatch(r io.Reader) ([]Job, error) {
	var batch []Job
	if err := gob.NewDecoder(r).Decode(&batch); err != nil { // VULN deser
		return nil, fmt.Errorf("decode batch: %w", err)
	}
	return batch, nil
}
