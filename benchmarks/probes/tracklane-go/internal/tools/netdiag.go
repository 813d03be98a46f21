package tools

import (
	"context"
	"errors"
	"net"
	"os/exec"
	"time"
)

// ErrInvalidAddress is returned for a malformed reader address.
var ErrInvalidAddress = errors.New("invalid address")

// Diagnostics runs network checks against trackside RFID readers and depot gateways.
type Diagnostics struct{}

// Ping sends three ICMP echo requests to a reader IP address.
func (Diagnostics) Ping(ctx context.Context, addr string) (string, error) {
	ip := net.ParseIP(addr)
	if ip == nil {
		return "", ErrInvalidAddress
	}
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "ping", "-c", "3", "-W", "2", ip.String()).CombinedOutput() // SAFE cmdi
	return string(out), err
}

// Traceroute traces the network path to a reader host name.
func (Diagnostics) Traceroute(ctx context.Context, host string, maxHops int) (string, error) {
	if host == "" {
		return "", ErrInvalidAddress
	}
	if maxHops <= 0 || maxHops > 30 {
		maxHops = 20
	}
	ctx, cancel := context.WithTimeout(ctx, 45*time.Second)
	defer cancel()
	script := "traceroute -n -w 2 -m " + itoa(maxHops) + " " + host + " 2>&1"
	out, err := exec.CommandContext(ctx, "sh", "-c", script).Output() // VULN cmdi
	return string(out), err
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [12]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}
