package export

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/saltmarsh/survey/internal/security"
)

// Runner shells out to the GIS and database tools installed on the export host.
type Runner struct {
	root string
}

func NewRunner(root string) *Runner { return &Runner{root: root} }

func (r *Runner) Root() string { return r.root }

// Locate returns the on-disk path of a finished export file.
func (r *Runner) Locate(name string) string {
	return filepath.Join(r.root, strings.TrimPrefix(name, "/"))
}

// Job describes a requested annual export.
type Job struct {
	ID       string `json:"id"`
	SiteCode string `json:"siteCode"`
	Format   string `json:"format"`
	Year     int    `json:"year"`
	Label    string `json:"label"`
	Owner    int64  `json:"owner"`
}

// RunCSV dumps a year of ring records for a site to a gzipped CSV file.
func (r *Runner) RunCSV(ctx context.Context, j Job) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	name := j.Label
	if name == "" {
		name = fmt.Sprintf("rings-%d", j.Year)
	}
	out := filepath.Join(r.root, name+".csv.gz")
	script := fmt.Sprintf(`psql "$SALTMARSH_DB_DSN" -c "\copy (SELECT * FROM ring_records WHERE site_code = :'site' AND extract(year FROM captured_at) = %d) TO STDOUT CSV HEADER" -v site=%q | gzip > %s`, j.Year, j.SiteCode, out)
	cmd := exec.CommandContext(ctx, "sh", "-c", script) // VULN cmdi
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("export failed: %v: %s", err, b)
	}
	return out, nil
}

var ogrFormats = map[string]string{
	"geojson": "GeoJSON",
	"kml":     "KML",
	"gpkg":    "GPKG",
	"shp":     "ESRI Shapefile",
}

var projections = map[string]bool{"EPSG:4326": true, "EPSG:27700": true, "EPSG:3857": true}

// Convert turns a site-boundary file into another GIS format.
func (r *Runner) Convert(ctx context.Context, src, format, srs string) (string, error) {
	driver, ok := ogrFormats[format]
	if !ok {
		return "", fmt.Errorf("unsupported format %q", format)
	}
	if srs == "" {
		srs = "EPSG:4326"
	}
	if !projections[srs] {
		return "", fmt.Errorf("unsupported projection %q", srs)
	}
	in, err := security.ResolveUnder(r.root, src)
	if err != nil {
		return "", err
	}
	out := strings.TrimSuffix(in, filepath.Ext(in)) + "." + format
	cmd := exec.CommandContext(ctx, "ogr2ogr", "-f", driver, "-t_srs", srs, out, in) // SAFE cmdi
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("ogr2ogr: %v: %s", err, b)
	}
	return out, nil
}

// BundleSite zips every export produced for a site so it can be sent to
// the landowner.
func (r *Runner) BundleSite(ctx context.Context, site string) (string, error) {
	if !security.ValidSiteCode(site) {
		return "", fmt.Errorf("bad site code %q", site)
	}
	cmd := exec.CommandContext(ctx, "bash", "-c", "cd "+r.root+" && zip -qr bundle-"+site+".zip "+site+"*") // VULN cmdi
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("zip: %v: %s", err, b)
	}
	return filepath.Join(r.root, "bundle-"+site+".zip"), nil
}

// Compress gzips a finished export in place.
func (r *Runner) Compress(ctx context.Context, name string) error {
	full, err := security.ResolveUnder(r.root, name)
	if err != nil {
		return err
	}
	return exec.CommandContext(ctx, "gzip", "-kf", "--", full).Run() // SAFE cmdi
}

// PrintLabels sends a PDF of ring labels to a site printer.
func (r *Runner) PrintLabels(ctx context.Context, printer, title, pdf string) error {
	title = strings.ReplaceAll(title, `"`, "")
	line := fmt.Sprintf("lp -d %s -t '%s' %s", printer, title, filepath.Join(r.root, filepath.Base(pdf)))
	return exec.CommandContext(ctx, "/bin/sh", "-c", line).Run() // VULN cmdi
}

// Thumbnail writes a small preview of a capture photo next to it.
func Thumbnail(ctx context.Context, photoPath string) (string, error) {
	thumb := strings.TrimSuffix(photoPath, filepath.Ext(photoPath)) + "_thumb.jpg"
	err := exec.CommandContext(ctx, "convert", photoPath, "-resize", "320x320>", thumb).Run() // SAFE cmdi
	return thumb, err
}
