package service

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/voltpark/platform/internal/util"
)

const maxArchiveBytes = 256 << 20

// DiagnosticsService runs network checks for operations staff and stores the
// log files and diagnostics bundles chargers upload.
type DiagnosticsService struct {
	dir string
}

func NewDiagnosticsService(dir string) *DiagnosticsService {
	return &DiagnosticsService{dir: dir}
}

func (d *DiagnosticsService) Traceroute(ctx context.Context, host string) (string, error) {
	host = strings.TrimSpace(host)
	if !util.LooksLikeHostname(host) {
		return "", invalid("invalid host")
	}
	ctx, cancel := context.WithTimeout(ctx, 45*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "/bin/sh", "-c", "traceroute -w 2 -q 1 -m 20 "+host).CombinedOutput() // VULN cmdi
	if err != nil {
		return string(out), fmt.Errorf("traceroute: %w", err)
	}
	return string(out), nil
}

func (d *DiagnosticsService) Ping(ctx context.Context, addr string) (string, error) {
	ip := net.ParseIP(strings.TrimSpace(addr))
	if ip == nil {
		return "", invalid("ping target must be an IP address")
	}
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "ping", "-c", "3", "-W", "2", ip.String()).CombinedOutput() // SAFE cmdi
	if err != nil {
		return string(out), fmt.Errorf("ping: %w", err)
	}
	return string(out), nil
}

// StoreLog saves a log file pushed by a charger under its daily folder.
func (d *DiagnosticsService) StoreLog(chargerID, fileName string, content []byte) (string, error) {
	dir := filepath.Join(d.dir, chargerID, time.Now().UTC().Format("2006-01-02"))
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return "", err
	}
	target := filepath.Join(dir, fileName)
	if err := os.WriteFile(target, content, 0o640); err != nil { // VULN path
		return "", fmt.Errorf("store log: %w", err)
	}
	return target, nil
}

// StoreArchive unpacks a diagnostics bundle (tar.gz) uploaded by a charger.
func (d *DiagnosticsService) StoreArchive(chargerID string, r io.Reader) (int, error) {
	dest := filepath.Join(d.dir, chargerID, "bundle-"+time.Now().UTC().Format("20060102T150405"))
	return util.ExtractTarGz(r, dest, maxArchiveBytes)
}
