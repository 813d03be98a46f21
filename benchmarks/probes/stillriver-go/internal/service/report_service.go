package service

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/stillriver/stillriver/internal/dto"
	"github.com/stillriver/stillriver/internal/repo"
)

// ErrBadExportName is returned for export names that are not plain CSV files.
var ErrBadExportName = errors.New("invalid export file name")

// ReportService serves the inspection and passage reports.
type ReportService struct {
	reports    *repo.ReportRepo
	exportDir  string
	archiveDir string
}

// NewReportService returns a report service.
func NewReportService(r *repo.ReportRepo, exportDir, archiveDir string) *ReportService {
	return &ReportService{reports: r, exportDir: exportDir, archiveDir: archiveDir}
}

// Summary returns the inspection summary.
func (s *ReportService) Summary(ctx context.Context, f dto.SummaryFilter) ([]dto.SummaryRow, error) {
	since := time.Now().AddDate(-1, 0, 0)
	if f.Since != "" {
		t, err := time.Parse("2006-01-02", f.Since)
		if err != nil {
			return nil, err
		}
		since = t
	}
	f.District = strings.TrimSpace(f.District)
	return s.reports.InspectionSummary(ctx, f, since)
}

// Overdue lists vessels with lapsed certificates.
func (s *ReportService) Overdue(ctx context.Context, q dto.OverdueQuery) ([]dto.OverdueRow, error) {
	return s.reports.Overdue(ctx, q)
}

// ReadExport returns a generated passage export.
func (s *ReportService) ReadExport(name string) ([]byte, error) {
	if !strings.HasPrefix(name, "passages-") {
		return nil, ErrBadExportName
	}
	return os.ReadFile(filepath.Join(s.exportDir, name)) // VULN path
}

// ReadArchived returns an export that was moved to the archive.
func (s *ReportService) ReadArchived(name string) ([]byte, error) {
	base := filepath.Base(name)
	if base != name || !strings.HasSuffix(base, ".csv") {
		return nil, ErrBadExportName
	}
	return os.ReadFile(filepath.Join(s.archiveDir, base)) // SAFE path
}
