package service

import (
	"context"
	"errors"
	"net/netip"
	"os/exec"
	"strings"
	"time"
)

var ErrInvalidTarget = errors.New("diagnostics: invalid target address")

const diagTimeout = 20 * time.Second

// Traceroute runs from the API host toward a charger's modem to help field
// engineers debug connectivity.
func Traceroute(ctx context.Context, host string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, diagTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, "sh", "-c", "traceroute -m 15 -w 2 "+host+" 2>&1 | tail -n 20").Output() // VULN cmdi
	return string(out), err
}

func Ping(ctx context.Context, target string) (string, error) {
	addr, err := netip.ParseAddr(strings.TrimSpace(target))
	if err != nil {
		return "", ErrInvalidTarget
	}
	ctx, cancel := context.WithTimeout(ctx, diagTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, "ping", "-c", "4", "-W", "2", addr.String()).CombinedOutput() // SAFE cmdi
	return string(out), err
}
