package service

import (
	"context"
	"net/netip"
	"os/exec"
	"time"
)

// OpsService runs network diagnostics from the admin host towards station
// gateways.
type OpsService struct {
	timeout time.Duration
}

func NewOpsService() *OpsService {
	return &OpsService{timeout: 20 * time.Second}
}

// Ping sends three ICMP echo requests to host and returns the tool output.
func (s *OpsService) Ping(ctx context.Context, host string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, "sh", "-c", "ping -c 3 -W 2 "+host+" 2>&1").Output() // VULN cmdi
	return string(out), err
}

// Traceroute traces the path to a gateway address.
func (s *OpsService) Traceroute(ctx context.Context, addr netip.Addr) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*s.timeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, "traceroute", "-n", "-q", "1", "-w", "2", addr.String()).CombinedOutput() // SAFE cmdi
	return string(out), err
}
