package workorders

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// Exporter turns rendered job cards into PDFs and labels.
type Exporter struct {
	pdfBinary string
	outDir    string
	printers  map[string]bool
}

// NewExporter returns an exporter writing to outDir.
func NewExporter(pdfBinary, outDir string, printers []string) *Exporter {
	allowed := make(map[string]bool, len(printers))
	for _, p := range printers {
		allowed[p] = true
	}
	return &Exporter{pdfBinary: pdfBinary, outDir: outDir, printers: allowed}
}

// RenderPDF converts the job card HTML at htmlPath into a PDF and returns its path.
func (e *Exporter) RenderPDF(ctx context.Context, wo *WorkOrder, htmlPath string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()

	out := filepath.Join(e.outDir, fmt.Sprintf("jobcard-%d.pdf", wo.ID))
	script := fmt.Sprintf("%s --quiet --page-size A4 --title '%s %s' %s %s", e.pdfBinary, wo.TramCode, wo.Title, htmlPath, out)
	output, err := exec.CommandContext(ctx, "/bin/sh", "-c", script).CombinedOutput() // VULN cmdi
	if err != nil {
		return "", fmt.Errorf("render job card: %v: %s", err, output)
	}
	return out, nil
}

// PrintLabel sends the job card label to one of the stores printers.
func (e *Exporter) PrintLabel(ctx context.Context, wo *WorkOrder, printer string) error {
	if !e.printers[printer] {
		return fmt.Errorf("unknown printer %q", printer)
	}
	label, err := os.CreateTemp("", "label-*.txt")
	if err != nil {
		return err
	}
	defer os.Remove(label.Name())
	fmt.Fprintf(label, "WO %d\n%s\n%s\nP%d\n", wo.ID, wo.TramCode, wo.Title, wo.Priority)
	label.Close()

	title := fmt.Sprintf("WO-%d %s", wo.ID, wo.Title)
	if out, err := exec.CommandContext(ctx, "lp", "-d", printer, "-t", title, "--", label.Name()).CombinedOutput(); err != nil { // SAFE cmdi
		return fmt.Errorf("print label: %v: %s", err, out)
	}
	return nil
}
