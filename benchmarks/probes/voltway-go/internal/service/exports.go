package service

import (
	"time"

	"github.com/voltway/chargenet/internal/util"
	"github.com/voltway/chargenet/internal/worker"
)

type ExportService struct{ jobs *worker.Pool }

func NewExportService(jobs *worker.Pool) *ExportService { return &ExportService{jobs: jobs} }

func (s *ExportService) enqueue(prefix string, job worker.Job) (string, error) {
	id, err := util.RandomHex(12)
	if err != nil {
		return "", err
	}
	job.ID = prefix + id
	return job.ID, s.jobs.Enqueue(job)
}

func (s *ExportService) RequestStationExport(stationCode, format, requestedBy string) (string, error) {
	if format == "" {
		format = "csv"
	}
	return s.enqueue("exp-", worker.Job{Kind: worker.KindStationExport, StationCode: stationCode, Format: format, RequestedBy: requestedBy})
}

func (s *ExportService) RequestPayoutReport(period time.Time, requestedBy string) (string, error) {
	return s.enqueue("pay-", worker.Job{Kind: worker.KindPayoutReport, Year: period.Year(), Month: int(period.Month()), RequestedBy: requestedBy})
}
