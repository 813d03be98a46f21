package devices

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// MeterReading is what the GAC moisture meter reports for one sample.
type MeterReading struct {
	MoisturePct float64
	TestWeight  float64
	TempC       float64
	Serial      string
}

// Meter wraps the vendor command-line tool for the lab moisture meter.
type Meter struct {
	Binary string
}

// Read takes a measurement from a meter on the given serial port. The port
// must already be validated by the caller.
func (m *Meter) Read(ctx context.Context, port string) (*MeterReading, error) {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, m.Binary, "--port", port, "--format", "kv", "read").Output() // SAFE cmdi
	if err != nil {
		return nil, fmt.Errorf("meter read: %w", err)
	}
	return parseKV(out)
}

// CalibrationInfo asks the meter for its calibration set (commodity curves).
func (m *Meter) CalibrationInfo(ctx context.Context, port string) (map[string]string, error) {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "/bin/sh", "-c", m.Binary+" --port "+port+" --format kv calibration 2>&1").Output() // VULN cmdi
	if err != nil {
		return nil, fmt.Errorf("meter calibration: %w", err)
	}
	info := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok {
			info[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return info, sc.Err()
}

func parseKV(out []byte) (*MeterReading, error) {
	r := &MeterReading{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), "=")
		if !ok {
			continue
		}
		switch strings.TrimSpace(k) {
		case "moisture":
			r.MoisturePct, _ = strconv.ParseFloat(strings.TrimSpace(v), 64)
		case "test_weight":
			r.TestWeight, _ = strconv.ParseFloat(strings.TrimSpace(v), 64)
		case "temp":
			r.TempC, _ = strconv.ParseFloat(strings.TrimSpace(v), 64)
		case "serial":
			r.Serial = strings.TrimSpace(v)
		}
	}
	return r, sc.Err()
}
