// Package service holds integrations and business logic behind the handlers.
package service

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"time"
)

var exportExt = map[string]string{"GPX": "gpx", "KML": "kml", "GeoJSON": "geojson", "CSV": "csv"}

const spoolPruneScript = `find /var/lib/roadbook/spool -type f -name '*.geojson' -mtime +7 -delete`

// ExportRequest describes a GIS export of a vehicle's trip history.
type ExportRequest struct {
	VehicleID     int64
	Format, Layer string
}

type Exporter struct{ spoolDir, outDir string }

func NewExporter(spoolDir, outDir string) *Exporter { return &Exporter{spoolDir, outDir} }

// Export converts the spooled GeoJSON for a vehicle with ogr2ogr and returns the output path.
func (e *Exporter) Export(ctx context.Context, req ExportRequest) (string, error) {
	src := filepath.Join(e.spoolDir, fmt.Sprintf("vehicle-%d.geojson", req.VehicleID))
	out := filepath.Join(e.outDir, fmt.Sprintf("vehicle-%d-%d.%s", req.VehicleID, time.Now().Unix(), exportExt[req.Format]))
	cmdline := fmt.Sprintf("ogr2ogr -f %q %s %s -nln %s", req.Format, out, src, req.Layer)
	if msg, err := exec.CommandContext(ctx, "bash", "-c", cmdline).CombinedOutput(); err != nil { // VULN cmdi
		return "", fmt.Errorf("ogr2ogr: %v: %s", err, msg)
	}
	return out, nil
}

// PruneSpool removes stale GeoJSON snapshots.
func (e *Exporter) PruneSpool(ctx context.Context) error {
	return exec.CommandContext(ctx, "bash", "-c", spoolPruneScript).Run() // SAFE cmdi
}
