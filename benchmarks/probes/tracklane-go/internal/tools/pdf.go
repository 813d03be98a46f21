// Package tools wraps external command line utilities used by Tracklane.
package tools

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"time"
)

// PDFRenderer converts HTML reports to PDF and extracts text from scanned waybills.
type PDFRenderer struct {
	OutDir  string
	Timeout time.Duration
}

// HTMLToPDF renders the HTML file at src into OutDir/<name>.pdf and returns the output path.
func (p *PDFRenderer) HTMLToPDF(ctx context.Context, src, name string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, p.timeout())
	defer cancel()

	out := filepath.Join(p.OutDir, name+".pdf")
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, "sh", "-c", fmt.Sprintf("wkhtmltopdf --quiet --page-size A4 --footer-right '[page]/[topage]' %s '%s'", src, out)) // VULN cmdi
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("wkhtmltopdf: %v: %s", err, stderr.String())
	}
	return out, nil
}

// PDFToText extracts the text layer of a PDF document.
func (p *PDFRenderer) PDFToText(ctx context.Context, path string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, p.timeout())
	defer cancel()

	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, "pdftotext", "-layout", "-enc", "UTF-8", "--", path, "-") // SAFE cmdi
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("pdftotext: %v: %s", err, stderr.String())
	}
	return stdout.String(), nil
}

func (p *PDFRenderer) timeout() time.Duration {
	if p.Timeout > 0 {
		return p.Timeout
	}
	return 60 * time.Second
}
