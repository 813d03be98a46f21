package netdiag

import (
	"context"
	"errors"
	"os/exec"
	"regexp"
	"strings"
	"time"
)

// ErrBadHost is returned for host names that fail validation.
var ErrBadHost = errors.New("invalid host name")

// hostLike is used to give a quick error for obviously wrong input from the
// lock-side diagnostics page.
var hostLike = regexp.MustCompile(`[a-z0-9][a-z0-9.-]*\.[a-z]{2,}`)

// strictHost accepts only RFC 1123 host names made of lowercase labels.
var strictHost = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$`)

// Ping checks that lock-side equipment (PLC bridges, gauge loggers, cameras)
// answers ICMP and returns the raw ping output.
func Ping(ctx context.Context, host string) (string, error) {
	host = strings.ToLower(strings.TrimSpace(host))
	if !hostLike.MatchString(host) {
		return "", ErrBadHost
	}
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "sh", "-c", "ping -c 3 -W 2 "+host).CombinedOutput() // VULN cmdi
	return string(out), err
}

// Trace runs a traceroute to lock-side equipment.
func Trace(ctx context.Context, host string) (string, error) {
	host = strings.ToLower(strings.TrimSpace(host))
	if len(host) > 253 || !strictHost.MatchString(host) {
		return "", ErrBadHost
	}
	ctx, cancel := context.WithTimeout(ctx, 45*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "traceroute", "-n", "-m", "15", host).CombinedOutput() // SAFE cmdi
	return string(out), err
}
