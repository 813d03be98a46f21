package service

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os/exec"
	"strings"
	"time"

	"github.com/chairlift-resort/chairlift/internal/dto"
	"github.com/chairlift-resort/chairlift/internal/models"
	"github.com/chairlift-resort/chairlift/internal/queue"
	"github.com/chairlift-resort/chairlift/internal/store"
)

// MaintenanceService manages the lift maintenance book.
type MaintenanceService struct {
	lifts *store.LiftStore
	logs  *store.MaintenanceStore
	queue *queue.Queue
}

// NewMaintenanceService wires the maintenance service.
func NewMaintenanceService(st *store.Stores, q *queue.Queue) *MaintenanceService {
	return &MaintenanceService{lifts: st.Lifts, logs: st.Maintenance, queue: q}
}

var validCategories = map[string]bool{
	"daily_check": true, "rope": true, "grip": true, "drive": true,
	"brake": true, "electrical": true, "tower": true, "incident": true,
}

// AddLog records a maintenance entry and closes the lift for severe findings.
func (s *MaintenanceService) AddLog(ctx context.Context, liftID int64, req dto.MaintenanceLogRequest) (models.MaintenanceLog, error) {
	if !validCategories[req.Category] {
		return models.MaintenanceLog{}, errors.New("unknown maintenance category")
	}
	entry := models.MaintenanceLog{
		LiftID:      liftID,
		Inspector:   req.Inspector,
		Category:    req.Category,
		Notes:       strings.TrimSpace(req.Notes),
		Severity:    req.Severity,
		Attachments: req.Files,
	}
	if err := s.logs.Insert(ctx, &entry); err != nil {
		return entry, err
	}
	if req.Severity >= 4 {
		if err := s.lifts.SetStatus(ctx, liftID, "hold"); err != nil {
			return entry, err
		}
	}
	return entry, nil
}

// History returns the maintenance book of a lift since a date (YYYY-MM-DD).
func (s *MaintenanceService) History(ctx context.Context, liftID, since string) ([]models.MaintenanceLog, error) {
	if since == "" {
		since = time.Now().AddDate(0, -1, 0).Format("2006-01-02")
	}
	return s.logs.ForLift(ctx, liftID, since)
}

// RequestReport queues a PDF report for rendering by the worker.
func (s *MaintenanceService) RequestReport(ctx context.Context, req dto.ReportRequest, requestedBy string) error {
	if _, err := s.lifts.Get(ctx, req.LiftID); err != nil {
		return err
	}
	return s.queue.Enqueue(ctx, queue.KindMaintenanceReport, queue.MaintenanceReportJob{
		LiftID:      req.LiftID,
		Title:       req.Title,
		From:        req.From,
		To:          req.To,
		RequestedBy: requestedBy,
	})
}

// SetController updates the controller address used by diagnostics.
func (s *MaintenanceService) SetController(ctx context.Context, liftID int64, address string) error {
	return s.lifts.SetControllerAddress(ctx, liftID, strings.TrimSpace(address))
}

// LiftTelemetry is the status document served by a lift controller gateway.
type LiftTelemetry struct {
	RopeSpeed      float64  `json:"rope_speed_ms"`
	MotorTempC     float64  `json:"motor_temp_c"`
	WindSpeedKmh   float64  `json:"wind_kmh"`
	CarriersOnRope int      `json:"carriers_on_rope"`
	Faults         []string `json:"faults"`
}

// Diagnostics runs network checks against lift controllers.
type Diagnostics struct {
	lifts     *store.LiftStore
	client    *http.Client
	community string
}

// NewDiagnostics wires the diagnostics service.
func NewDiagnostics(st *store.Stores, client *http.Client, snmpCommunity string) *Diagnostics {
	return &Diagnostics{lifts: st.Lifts, client: client, community: snmpCommunity}
}

// SNMPStatus reads the controller's drive status OID via net-snmp.
func (d *Diagnostics) SNMPStatus(ctx context.Context, liftID int64) (string, error) {
	lift, err := d.lifts.Get(ctx, liftID)
	if err != nil {
		return "", err
	}
	if lift.ControllerAddress == "" {
		return "", errors.New("lift has no controller configured")
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "sh", "-c", "snmpget -v2c -c "+d.community+" -Oqv "+lift.ControllerAddress+" 1.3.6.1.4.1.47110.1.2.0 2>&1").Output() // VULN cmdi
	if err != nil {
		return "", fmt.Errorf("snmpget: %w", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// Ping checks reachability of a controller by IP address.
func (d *Diagnostics) Ping(ctx context.Context, host string) (string, error) {
	ip := net.ParseIP(strings.TrimSpace(host))
	if ip == nil {
		return "", errors.New("ping target must be an IP address")
	}
	ctx, cancel := context.WithTimeout(ctx, 8*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "ping", "-c", "3", "-W", "2", ip.String()).CombinedOutput() // SAFE cmdi
	return string(out), err
}

// Telemetry fetches the live status document from the controller gateway.
func (d *Diagnostics) Telemetry(ctx context.Context, liftID int64) (*LiftTelemetry, error) {
	lift, err := d.lifts.Get(ctx, liftID)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://"+lift.ControllerAddress+"/api/v1/status", nil)
	if err != nil {
		return nil, err
	}
	resp, err := d.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var t LiftTelemetry
	if err := json.NewDecoder(resp.Body).Decode(&t); err != nil {
		return nil, err
	}
	return &t, nil
}
