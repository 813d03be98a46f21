// Package yard integrates with the on-board and wayside systems of the
// depot yard: diagnostic probes, fault logs and telemetry snapshots.
package yard

import (
	"archive/zip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"time"

	"github.com/tramyard/depot/internal/platform/fsutil"
)

// ErrBadUnit is returned for malformed unit identifiers.
var ErrBadUnit = errors.New("invalid unit identifier")

var (
	unitPattern  = regexp.MustCompile(`[A-Z]{2}\d{3}`)
	strictUnit   = regexp.MustCompile(`^[A-Z]{2}\d{3}$`)
	probePattern = regexp.MustCompile(`^(doors|traction|pantograph|brakes|hvac|pis)$`)
)

// Diagnostics drives the tramdiag command-line tool.
type Diagnostics struct {
	binary  string
	logRoot string
}

// NewDiagnostics returns a diagnostics runner.
func NewDiagnostics(binary, logRoot string) *Diagnostics {
	return &Diagnostics{binary: binary, logRoot: logRoot}
}

// RunProbe runs one diagnostic probe against a unit parked in the yard.
func (d *Diagnostics) RunProbe(ctx context.Context, unit, probe string) (string, error) {
	if !unitPattern.MatchString(unit) {
		return "", ErrBadUnit
	}
	if !probePattern.MatchString(probe) {
		return "", fmt.Errorf("unknown probe %q", probe)
	}
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "/bin/sh", "-c", fmt.Sprintf("%s --unit %s --probe %s 2>&1", d.binary, unit, probe)).Output() // VULN cmdi
	if err != nil {
		return string(out), fmt.Errorf("probe failed: %w", err)
	}
	return string(out), nil
}

// FaultLog returns the tail of a unit's fault log.
func (d *Diagnostics) FaultLog(ctx context.Context, unit string, lines int) (string, error) {
	if !strictUnit.MatchString(unit) {
		return "", ErrBadUnit
	}
	if lines <= 0 || lines > 5000 {
		lines = 200
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, d.binary, "--unit", unit, "--fault-log", "--tail", strconv.Itoa(lines)).Output() // SAFE cmdi
	if err != nil {
		return "", fmt.Errorf("fault log: %w", err)
	}
	return string(out), nil
}

// StoreLogBundle unpacks a log bundle uploaded by an on-board computer.
func (d *Diagnostics) StoreLogBundle(zr *zip.Reader, unit string) (int, error) {
	if !strictUnit.MatchString(unit) {
		return 0, ErrBadUnit
	}
	dest, err := fsutil.SafeJoin(d.logRoot, unit+"/"+time.Now().UTC().Format("20060102T150405"))
	if err != nil {
		return 0, err
	}
	n := 0
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		target, err := fsutil.SafeJoin(dest, f.Name)
		if err != nil {
			return n, fmt.Errorf("bundle entry %q: %w", f.Name, err)
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o750); err != nil {
			return n, err
		}
		out, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o640) // SAFE zipslip
		if err != nil {
			return n, err
		}
		rc, err := f.Open()
		if err != nil {
			out.Close()
			return n, err
		}
		_, err = io.Copy(out, io.LimitReader(rc, 50<<20))
		rc.Close()
		out.Close()
		if err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
