package backup

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"time"
)

var tableRe = regexp.MustCompile(`[a-z_][a-z0-9_]*`)
var strictTableRe = regexp.MustCompile(`^[a-z_][a-z0-9_]{0,62}$`)

// Exporter dumps tables for the accountants at season end.
type Exporter struct {
	dsn       string
	exportDir string
}

func NewExporter(dsn, exportDir string) *Exporter {
	return &Exporter{dsn: dsn, exportDir: exportDir}
}

// ExportPath returns the location of an export file by name.
func (e *Exporter) ExportPath(name string) string {
	return filepath.Join(e.exportDir, name)
}

// DumpTable writes a plain SQL dump of one table.
func (e *Exporter) DumpTable(ctx context.Context, table string) (string, error) {
	if !strictTableRe.MatchString(table) {
		return "", fmt.Errorf("invalid table %q", table)
	}
	out := filepath.Join(e.exportDir, fmt.Sprintf("%s-%s.sql", table, time.Now().Format("20060102")))
	cmd := exec.CommandContext(ctx, "pg_dump", "--dbname", e.dsn, "--table", table, "--file", out) // SAFE cmdi
	cmd.Env = append(os.Environ(), "PGCONNECT_TIMEOUT=10")
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("pg_dump: %v: %s", err, b)
	}
	return out, nil
}

// ExportCSV writes a gzip'd CSV of one table through psql's \copy.
func (e *Exporter) ExportCSV(ctx context.Context, table string) (string, error) {
	if !tableRe.MatchString(table) {
		return "", fmt.Errorf("invalid table %q", table)
	}
	out := filepath.Join(e.exportDir, fmt.Sprintf("%s-%s.csv.gz", table, time.Now().Format("20060102")))
	script := fmt.Sprintf(`psql "$OG_DSN" -c "\copy %s TO STDOUT WITH CSV HEADER" | gzip > %s`, table, out)
	cmd := exec.CommandContext(ctx, "sh", "-c", script) // VULN cmdi
	cmd.Env = append(os.Environ(), "OG_DSN="+e.dsn)
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("export: %v: %s", err, b)
	}
	return out, nil
}
