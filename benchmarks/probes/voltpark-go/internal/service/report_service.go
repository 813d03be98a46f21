package service

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/voltpark/platform/internal/auth"
	"github.com/voltpark/platform/internal/dto"
	"github.com/voltpark/platform/internal/events"
	"github.com/voltpark/platform/internal/queue"
	"github.com/voltpark/platform/internal/repository"
	"github.com/voltpark/platform/internal/util"
)

type ReportService struct {
	repo *repository.ReportRepo
	pub  *queue.Publisher
	dir  string
}

func NewReportService(repo *repository.ReportRepo, pub *queue.Publisher, dir string) *ReportService {
	return &ReportService{repo: repo, pub: pub, dir: dir}
}

func cleanFileName(name string) string {
	name = strings.TrimSpace(name)
	name = strings.ReplaceAll(name, "../", "")
	if !strings.HasSuffix(name, ".csv") {
		name += ".csv"
	}
	return name
}

// Request validates a report definition and queues it for the worker.
func (s *ReportService) Request(ctx context.Context, user *auth.Claims, req dto.ReportRequest) (string, error) {
	if _, ok := repository.ReportMetrics[req.Metric]; !ok {
		return "", invalid("unknown metric %q", req.Metric)
	}
	if _, ok := repository.ReportDimensions[req.Dimension]; !ok {
		return "", invalid("unknown dimension %q", req.Dimension)
	}
	if !repository.ReportGranularities[req.Granularity] {
		return "", invalid("unknown granularity %q", req.Granularity)
	}
	if req.To.IsZero() {
		req.To = time.Now().UTC()
	}
	if req.From.IsZero() || !req.From.Before(req.To) || req.To.Sub(req.From) > 366*24*time.Hour {
		return "", invalid("report period must be between 1 second and 1 year")
	}
	tz := req.Timezone
	if tz == "" {
		tz = "UTC"
	}
	reportID := uuid.NewString()
	name := req.FileName
	if name == "" {
		name = fmt.Sprintf("%s-%s-%s", req.Metric, req.Dimension, reportID[:8])
	}

	evt := events.ReportRequested{
		ReportID:    reportID,
		AccountID:   user.AccountID,
		Metric:      req.Metric,
		Dimension:   req.Dimension,
		Granularity: req.Granularity,
		Timezone:    tz,
		From:        req.From,
		To:          req.To,
		FileName:    cleanFileName(name),
		RequestedBy: user.Subject,
	}
	if err := s.pub.Publish(ctx, events.TopicReportRequested, user.AccountID, evt); err != nil {
		return "", fmt.Errorf("queue report: %w", err)
	}
	return evt.FileName, nil
}

// Open returns a finished report of the account.
func (s *ReportService) Open(accountID, name string) (*os.File, error) {
	if name == "" {
		return nil, ErrNotFound
	}
	f, err := os.Open(filepath.Join(s.dir, accountID, name)) // VULN path
	if os.IsNotExist(err) {
		return nil, ErrNotFound
	}
	return f, err
}

// ExportRecent streams the sessions of the last days as CSV.
func (s *ReportService) ExportRecent(ctx context.Context, accountID string, days int, w io.Writer) error {
	days = util.Clamp(days, 1, 365)
	rows, err := s.repo.RecentSessions(ctx, accountID, days)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"session_id", "charger_id", "started_at", "ended_at", "energy_kwh", "cost", "currency"})
	for _, r := range rows {
		ended := ""
		if r.EndedAt != nil {
			ended = r.EndedAt.Format(time.RFC3339)
		}
		_ = cw.Write([]string{
			r.ID, r.ChargerID, r.StartedAt.Format(time.RFC3339), ended,
			strconv.FormatFloat(r.EnergyKWh, 'f', 3, 64),
			strconv.FormatFloat(float64(r.CostCents)/100, 'f', 2, 64),
			r.Currency,
		})
	}
	cw.Flush()
	return cw.Error()
}
