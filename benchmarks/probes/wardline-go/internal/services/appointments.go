package services

import (
	"context"
	"strings"
	"time"

	"github.com/wardline/wardline/internal/repository"
)

// SearchParams is what the portal search box sends.
type SearchParams struct {
	Clinic string
	Text   string
	Sort   string
}

type AppointmentService struct {
	repo *repository.AppointmentRepo
}

func NewAppointmentService(repo *repository.AppointmentRepo) *AppointmentService {
	return &AppointmentService{repo: repo}
}

func (s *AppointmentService) Get(ctx context.Context, id int64) (*repository.Appointment, error) {
	return s.repo.Get(ctx, id)
}

// Upcoming lists the patient's future appointments, optionally by status.
func (s *AppointmentService) Upcoming(ctx context.Context, patientID, status string) ([]repository.Appointment, error) {
	status = strings.ToLower(strings.TrimSpace(status))
	return s.repo.ForPatient(ctx, patientID, status, time.Now().Add(-2*time.Hour))
}

func (s *AppointmentService) Search(ctx context.Context, patientID string, p SearchParams) ([]repository.Appointment, error) {
	f := repository.AppointmentFilter{
		PatientID: patientID,
		Clinic:    strings.TrimSpace(p.Clinic),
		Search:    strings.TrimSpace(p.Text),
		SortBy:    p.Sort,
		From:      time.Now().AddDate(0, -6, 0),
	}
	return s.repo.Search(ctx, f)
}

// CheckIn records arrival from a lobby tablet.
func (s *AppointmentService) CheckIn(ctx context.Context, id int64, deviceID string) error {
	return s.repo.MarkCheckedIn(ctx, id, deviceID)
}
