package tools

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"
)

// ErrUnknownTable is returned for export requests on tables that are not exportable.
var ErrUnknownTable = errors.New("table is not exportable")

var exportableTables = map[string]string{
	"wagons":       "public.wagons",
	"positions":    "public.wagon_positions",
	"maintenance":  "public.maintenance_orders",
	"defects":      "public.defect_reports",
	"depot_totals": "reporting.depot_occupancy",
}

// Exporter produces CSV exports and photo archives for back-office teams.
type Exporter struct {
	DatabaseURL string
	ExportDir   string
	ArchiveDir  string
	PhotoRoot   string
}

// ExportTable writes a gzip-compressed CSV export of one table and returns its path.
func (e *Exporter) ExportTable(ctx context.Context, jobID int64, key string) (string, error) {
	table, ok := exportableTables[key]
	if !ok {
		return "", ErrUnknownTable
	}
	out := filepath.Join(e.ExportDir, "export-"+strconv.FormatInt(jobID, 10)+".csv.gz")
	ctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", "psql \"$DATABASE_URL\" -c '\\copy "+table+" TO STDOUT WITH CSV HEADER' | gzip -9 > "+out) // SAFE cmdi
	cmd.Env = append(cmd.Environ(), "DATABASE_URL="+e.DatabaseURL)
	if output, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("export %s: %v: %s", key, err, output)
	}
	return out, nil
}

// ArchivePhotos bundles the inspection photos of a depot into a labelled tarball.
func (e *Exporter) ArchivePhotos(ctx context.Context, depotID int64, label string) (string, error) {
	depotDir := filepath.Join(e.PhotoRoot, strconv.FormatInt(depotID, 10))
	out := filepath.Join(e.ArchiveDir, label+".tar.gz")
	ctx, cancel := context.WithTimeout(ctx, time.Hour)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", fmt.Sprintf("tar -czf %s -C %s . && sha256sum %s > %s.sha256", out, depotDir, out, out)) // VULN cmdi
	if output, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("archive photos: %v: %s", err, output)
	}
	return out, nil
}
