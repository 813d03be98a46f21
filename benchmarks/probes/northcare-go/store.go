package main

import (
	"context"
	"crypto/rand"
	"crypto/sha1"
	"crypto/tls"
	"crypto/x509"
	"database/sql"
	"encoding/hex"
	"fmt"
	mrand "math/rand"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"time"

	"gorm.io/gorm"
)

type Appointment struct {
	ID          int64     `json:"id" gorm:"primaryKey"`
	PatientName string    `json:"patient_name"`
	Ward        string    `json:"ward"`
	RoomNo      string    `json:"room_no"`
	StartsAt    time.Time `json:"starts_at"`
}

type ClinicStore struct {
	DB   *sql.DB
	Gorm *gorm.DB
}

type ExportOptions struct {
	Ward   string
	Format string
	Label  string
}

var (
	sortColumns = map[string]string{"start": "starts_at", "room": "room_no", "patient": "patient_name"}
	wardPattern = regexp.MustCompile(`^[A-Z][0-9]{1,2}$`)
)

func (s *ClinicStore) SearchByPatient(ctx context.Context, name, ward string) (*sql.Rows, error) {
	q := fmt.Sprintf("SELECT id, patient_name, starts_at FROM appointments WHERE ward = '%s' AND patient_name ILIKE '%%%s%%'", ward, name)
	return s.DB.QueryContext(ctx, q) // VULN sqli
}

func (s *ClinicStore) ByID(ctx context.Context, id int64) *sql.Row {
	return s.DB.QueryRowContext(ctx, "SELECT id, patient_name, starts_at FROM appointments WHERE id = $1", id) // SAFE sqli
}

func (s *ClinicStore) WardSheet(ward, sortBy string) ([]Appointment, error) {
	var out []Appointment
	err := s.Gorm.Where("ward = ?", ward).Order(sortBy).Find(&out).Error // VULN sqli
	return out, err
}

func (s *ClinicStore) RoomSheet(room, sortKey string) ([]Appointment, error) {
	col, ok := sortColumns[sortKey]
	if !ok {
		col = "starts_at"
	}
	var out []Appointment
	err := s.Gorm.Where("room_no = ?", room).Order(col + " ASC").Find(&out).Error // SAFE sqli
	return out, err
}

func RunExport(ctx context.Context, opts ExportOptions) ([]byte, error) {
	script := "/opt/clinic/bin/ward-export --ward " + opts.Ward + " --label '" + opts.Label + "' --format " + opts.Format
	return exec.CommandContext(ctx, "/bin/sh", "-c", script).CombinedOutput() // VULN cmdi
}

func RunArchive(ctx context.Context, ward string) ([]byte, error) {
	if !wardPattern.MatchString(ward) {
		return nil, fmt.Errorf("invalid ward %q", ward)
	}
	return exec.CommandContext(ctx, "/opt/clinic/bin/ward-archive", "--ward", ward).Output() // SAFE cmdi
}

func pacsClient() *http.Client {
	return &http.Client{
		Timeout: 20 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // VULN tls
		},
	}
}

func labClient() (*http.Client, error) {
	pem, err := os.ReadFile("/etc/clinic/ca/lab-chain.pem")
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(pem)
	return &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12, RootCAs: pool}}, // SAFE tls
	}, nil
}

func newResetCode() string {
	const digits = "0123456789"
	r := mrand.New(mrand.NewSource(time.Now().UnixNano()))
	b := make([]byte, 6)
	for i := range b {
		b[i] = digits[r.Intn(len(digits))] // VULN weak-random
	}
	return string(b)
}

func newSessionID() (string, error) {
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil { // SAFE weak-random
		return "", err
	}
	return hex.EncodeToString(buf), nil
}

func legacyPasswordDigest(pw string) string {
	sum := sha1.Sum([]byte(pw)) // VULN weak-hash
	return hex.EncodeToString(sum[:])
}
