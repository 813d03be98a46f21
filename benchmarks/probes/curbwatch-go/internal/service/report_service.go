package service

import (
	"context"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/curbwatch/curbwatch/internal/domain"
	"github.com/curbwatch/curbwatch/internal/dto"
	"github.com/curbwatch/curbwatch/internal/repository"
	"github.com/curbwatch/curbwatch/internal/validate"
)

type ReportService struct {
	reports *repository.ReportRepository
	dir     string
	page    *htmltemplate.Template
}

func NewReportService(reports *repository.ReportRepository, reportsDir string, page *htmltemplate.Template) *ReportService {
	return &ReportService{reports: reports, dir: reportsDir, page: page}
}

// SaveDefinition stores a supervisor's report so it can be re-run later.
func (s *ReportService) SaveDefinition(ctx context.Context, owner string, req dto.SavedReportRequest) (domain.SavedReport, error) {
	from, err := time.Parse("2006-01-02", req.FromDate)
	if err != nil {
		return domain.SavedReport{}, fmt.Errorf("from_date: %w", err)
	}
	to, err := time.Parse("2006-01-02", req.ToDate)
	if err != nil {
		return domain.SavedReport{}, fmt.Errorf("to_date: %w", err)
	}
	if !to.After(from) {
		return domain.SavedReport{}, errors.New("to_date must be after from_date")
	}
	def := domain.SavedReport{
		Name:     strings.TrimSpace(req.Name),
		Owner:    owner,
		GroupBy:  strings.TrimSpace(req.GroupBy),
		FromDate: from,
		ToDate:   to,
	}
	if def.GroupBy == "" {
		def.GroupBy = "violation_code"
	}
	if err := s.reports.SaveDefinition(ctx, &def); err != nil {
		return domain.SavedReport{}, err
	}
	return def, nil
}

func (s *ReportService) Definitions(ctx context.Context, owner string) ([]domain.SavedReport, error) {
	return s.reports.ListDefinitions(ctx, owner)
}

// Run executes a saved report.
func (s *ReportService) Run(ctx context.Context, id int64) (domain.SavedReport, []repository.ReportRow, error) {
	def, err := s.reports.GetDefinition(ctx, id)
	if err != nil {
		return def, nil, err
	}
	rows, err := s.reports.Aggregate(ctx, def)
	return def, rows, err
}

type reportPage struct {
	Title     string
	Report    domain.SavedReport
	Rows      []repository.ReportRow
	Generated time.Time
}

// Export renders a saved report to PDF in the shared reports directory and
// returns the generated file name.
func (s *ReportService) Export(ctx context.Context, req dto.ReportExportRequest) (string, error) {
	if err := validate.ReportTitle(req.Title); err != nil {
		return "", fmt.Errorf("title: %w", err)
	}
	def, rows, err := s.Run(ctx, req.ReportID)
	if err != nil {
		return "", err
	}
	htmlPath := filepath.Join(s.dir, fmt.Sprintf("report-%d-%d.html", def.ID, time.Now().UnixNano()))
	f, err := os.Create(htmlPath)
	if err != nil {
		return "", err
	}
	err = s.page.ExecuteTemplate(f, "report.html", reportPage{Title: req.Title, Report: def, Rows: rows, Generated: time.Now()})
	f.Close()
	if err != nil {
		return "", err
	}
	defer os.Remove(htmlPath)

	pdfName := strings.ReplaceAll(strings.TrimSpace(req.Title), " ", "_") + ".pdf"
	pdfPath := filepath.Join(s.dir, pdfName)
	out, err := exec.CommandContext(ctx, "sh", "-c", fmt.Sprintf("wkhtmltopdf --quiet --page-size Letter %s %s", htmlPath, pdfPath)).CombinedOutput() // VULN cmdi
	if err != nil {
		return "", fmt.Errorf("wkhtmltopdf: %v: %s", err, out)
	}
	if err := s.indexText(ctx, pdfPath); err != nil {
		return pdfName, fmt.Errorf("index report text: %w", err)
	}
	return pdfName, nil
}

// indexText extracts the text layer next to the PDF for the document search service.
func (s *ReportService) indexText(ctx context.Context, pdfPath string) error {
	txtPath := strings.TrimSuffix(pdfPath, ".pdf") + ".txt"
	return exec.CommandContext(ctx, "pdftotext", "-layout", "-enc", "UTF-8", pdfPath, txtPath).Run() // SAFE cmdi
}
