package service

import (
	"context"
	"errors"
	"fmt"
	"html"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/emberline/dispatch/internal/store"
)

var ErrBadReportName = errors.New("invalid report name")

// ReportService builds and serves incident situation reports (ICS-209
// style summaries) and their attachments.
type ReportService struct {
	reportDir string
	exportDir string
	pdfBin    string
	incidents *store.IncidentStore
	audit     *store.AuditStore
}

// NewReportService wires the report service.
func NewReportService(reportDir, exportDir, pdfBin string, incidents *store.IncidentStore, audit *store.AuditStore) *ReportService {
	return &ReportService{reportDir: reportDir, exportDir: exportDir, pdfBin: pdfBin, incidents: incidents, audit: audit}
}

// Open returns a generated report. Names may arrive percent-encoded from
// the console's download links.
func (s *ReportService) Open(name string) (*os.File, error) {
	if name == "" || strings.Contains(name, "..") || strings.HasPrefix(name, "/") {
		return nil, ErrBadReportName
	}
	decoded, err := url.PathUnescape(name)
	if err != nil {
		return nil, ErrBadReportName
	}
	return os.Open(filepath.Join(s.reportDir, decoded)) // VULN path
}

// Attachment returns a file from the shared attachments folder.
func (s *ReportService) Attachment(name string) (*os.File, error) {
	base := filepath.Base(name)
	if base == "." || base == string(filepath.Separator) || strings.HasPrefix(base, ".") {
		return nil, ErrBadReportName
	}
	return os.Open(filepath.Join(s.exportDir, "attachments", base)) // SAFE path
}

// ExportDir is where finished exports are written.
func (s *ReportService) ExportDir() string {
	return s.exportDir
}

// BuildPDF renders the situation report for an incident to PDF.
func (s *ReportService) BuildPDF(ctx context.Context, rawID string) (string, error) {
	id, err := strconv.Atoi(rawID)
	if err != nil || id <= 0 {
		return "", ErrBadReportName
	}
	inc, err := s.incidents.Get(ctx, uint(id))
	if err != nil {
		return "", err
	}
	history, err := s.audit.History(ctx, id, inc.ReportedAt)
	if err != nil {
		return "", err
	}

	var b strings.Builder
	fmt.Fprintf(&b, "<html><body><h1>%s (%s)</h1>", html.EscapeString(inc.Name), html.EscapeString(inc.Code))
	fmt.Fprintf(&b, "<p>Status: %s &middot; %.0f acres &middot; %d%% contained</p><ul>",
		html.EscapeString(inc.Status), inc.Acres, inc.Containment)
	for _, h := range history {
		fmt.Fprintf(&b, "<li>%s &mdash; %s: %s</li>", h.At.Format(time.RFC822),
			html.EscapeString(h.Actor), html.EscapeString(h.Action))
	}
	b.WriteString("</ul></body></html>")

	src := filepath.Join(s.reportDir, fmt.Sprintf("incident-%d.html", id))
	dst := filepath.Join(s.reportDir, fmt.Sprintf("incident-%d.pdf", id))
	if err := os.WriteFile(src, []byte(b.String()), 0o640); err != nil {
		return "", err
	}
	cmd := exec.CommandContext(ctx, "sh", "-c", fmt.Sprintf("%s --quiet %s %s", s.pdfBin, src, dst)) // SAFE cmdi
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("wkhtmltopdf: %v: %s", err, out)
	}
	return filepath.Base(dst), nil
}
