package service

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/tracklane/tracklane/internal/domain"
	"github.com/tracklane/tracklane/internal/dto"
	"github.com/tracklane/tracklane/internal/platform"
	"github.com/tracklane/tracklane/internal/repository"
	"github.com/tracklane/tracklane/internal/tools"
	"github.com/tracklane/tracklane/internal/util"
)

// ErrInvalidLabel is returned for unusable archive labels.
var ErrInvalidLabel = errors.New("invalid archive label")

const fleetReportHTML = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{{.Title}}</title>
<style>body{font-family:sans-serif;font-size:11px} table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:3px}</style>
</head><body>
<h1>{{.Title}}</h1>
<p>Generated {{.Generated.Format "02.01.2006 15:04"}} by {{.Requester}}{{if .Depot}} for depot {{.Depot}}{{end}}</p>
<table><thead><tr><th>Type</th><th>Depot</th><th>Total</th><th>In workshop</th><th>Revision overdue</th></tr></thead>
<tbody>{{range .Rows}}<tr><td>{{.WagonType}}</td><td>{{.HomeDepot}}</td><td>{{.Total}}</td><td>{{.InWorkshop}}</td><td>{{.OverdueCount}}</td></tr>{{end}}</tbody>
</table></body></html>`

var fleetTemplate = template.Must(template.New("fleet").Parse(fleetReportHTML))

// ReportService produces management reports and back-office jobs.
type ReportService struct {
	reports *repository.ReportRepository
	pdf     *tools.PDFRenderer
	events  *platform.Publisher
	workDir string
}

// NewReportService creates the service.
func NewReportService(reports *repository.ReportRepository, pdf *tools.PDFRenderer, events *platform.Publisher, workDir string) *ReportService {
	return &ReportService{reports: reports, pdf: pdf, events: events, workDir: workDir}
}

// FleetSummary returns the raw rows for the on-screen report.
func (s *ReportService) FleetSummary(ctx context.Context, depot, sort string) ([]domain.FleetRow, error) {
	return s.reports.FleetSummary(ctx, strings.ToUpper(strings.TrimSpace(depot)), sort)
}

func reportFileName(title string) string {
	t := strings.TrimSpace(title)
	if t == "" {
		t = "fleet-report"
	}
	return time.Now().Format("20060102-1504") + "_" + strings.ReplaceAll(t, " ", "_")
}

// GenerateFleetReport renders the fleet summary as PDF and returns its path.
func (s *ReportService) GenerateFleetReport(ctx context.Context, req dto.ReportRequest) (string, error) {
	rows, err := s.FleetSummary(ctx, req.Depot, req.Sort)
	if err != nil {
		return "", err
	}
	f, err := os.CreateTemp(s.workDir, "fleet-*.html")
	if err != nil {
		return "", err
	}
	defer os.Remove(f.Name())
	data := map[string]any{
		"Title":     req.Title,
		"Depot":     req.Depot,
		"Requester": req.Requester,
		"Generated": time.Now(),
		"Rows":      rows,
	}
	if err := fleetTemplate.Execute(f, data); err != nil {
		f.Close()
		return "", err
	}
	f.Close()
	return s.pdf.HTMLToPDF(ctx, f.Name(), reportFileName(req.Title))
}

// ExtractWaybillText returns the text of an uploaded waybill scan.
func (s *ReportService) ExtractWaybillText(ctx context.Context, path string) (string, error) {
	return s.pdf.PDFToText(ctx, path)
}

func newJobID() string {
	id, err := util.RandomToken(12)
	if err != nil {
		return strconv.FormatInt(time.Now().UnixNano(), 36)
	}
	return id
}

// RequestPhotoArchive queues a photo archive job for a depot.
func (s *ReportService) RequestPhotoArchive(ctx context.Context, depotID int64, label, requester string) (string, error) {
	if !util.ValidArchiveLabel(label) {
		return "", ErrInvalidLabel
	}
	job := dto.JobMessage{
		ID:          newJobID(),
		Type:        dto.JobArchivePhotos,
		RequestedBy: requester,
		Params:      map[string]string{"depot_id": strconv.FormatInt(depotID, 10), "label": label},
		CreatedAt:   time.Now().UTC(),
	}
	if err := s.events.Publish(platform.TopicJobs, job.ID, job); err != nil {
		return "", fmt.Errorf("queue archive job: %w", err)
	}
	return job.ID, nil
}

// RequestExport queues a CSV export of a table.
func (s *ReportService) RequestExport(ctx context.Context, table, requester string) (string, error) {
	job := dto.JobMessage{
		ID:          newJobID(),
		Type:        dto.JobExportTable,
		RequestedBy: requester,
		Params:      map[string]string{"table": table},
		CreatedAt:   time.Now().UTC(),
	}
	if err := s.events.Publish(platform.TopicJobs, job.ID, job); err != nil {
		return "", fmt.Errorf("queue export job: %w", err)
	}
	return job.ID, nil
}
