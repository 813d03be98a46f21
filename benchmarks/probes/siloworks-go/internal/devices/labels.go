// Package devices drives the hardware around the scale house: label
// printers, the office laser printer and the grain moisture meter.
package devices

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Spooler sends jobs to CUPS queues.
type Spooler struct {
	spoolDir string
	queues   map[string]bool
}

// NewSpooler accepts the configured queue names.
func NewSpooler(spoolDir string, queues []string) *Spooler {
	m := make(map[string]bool, len(queues))
	for _, q := range queues {
		m[q] = true
	}
	return &Spooler{spoolDir: spoolDir, queues: m}
}

// Known reports whether a queue is configured.
func (s *Spooler) Known(queue string) bool { return s.queues[queue] }

// WriteZPL renders a Zebra label for a ticket and returns the file path.
func (s *Spooler) WriteZPL(ticketNo, caption string, netKg float64) (string, error) {
	zpl := fmt.Sprintf("^XA^CF0,40^FO40,40^FDTicket %s^FS^FO40,100^FDNet %.0f kg^FS^FO40,160^FD%s^FS^BY3^FO40,220^BCN,100,Y^FD%s^FS^XZ",
		ticketNo, netKg, strings.ReplaceAll(caption, "^", ""), ticketNo)
	path := filepath.Join(s.spoolDir, fmt.Sprintf("label-%s-%d.zpl", ticketNo, time.Now().UnixNano()))
	return path, os.WriteFile(path, []byte(zpl), 0o640)
}

// SpoolLabel sends a raw ZPL file to a label queue. Raw mode needs the -o raw
// flag and the shell expands the copy loop used by older Zebra firmware.
func (s *Spooler) SpoolLabel(ctx context.Context, queue, file string, copies int) error {
	if copies < 1 || copies > 20 {
		copies = 1
	}
	script := fmt.Sprintf("for i in $(seq 1 %d); do lp -d %s -o raw %s; done", copies, queue, file)
	out, err := exec.CommandContext(ctx, "sh", "-c", script).CombinedOutput() // VULN cmdi
	if err != nil {
		return fmt.Errorf("lp: %v: %s", err, out)
	}
	return nil
}

// PrintDocument prints a PDF on a configured office queue.
func (s *Spooler) PrintDocument(ctx context.Context, queue, pdfPath string, copies int) error {
	if !s.queues[queue] {
		return fmt.Errorf("unknown printer %q", queue)
	}
	cmd := exec.CommandContext(ctx, "lp", "-d", queue, "-n", strconv.Itoa(copies), "--", pdfPath) // SAFE cmdi
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("lp: %v: %s", err, out)
	}
	return nil
}
