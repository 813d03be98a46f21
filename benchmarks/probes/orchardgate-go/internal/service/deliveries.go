package service

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/orchardgate/orchardgate/internal/dto"
	"github.com/orchardgate/orchardgate/internal/grading"
	"github.com/orchardgate/orchardgate/internal/messaging"
	"github.com/orchardgate/orchardgate/internal/models"
	"github.com/orchardgate/orchardgate/internal/render"
	"github.com/orchardgate/orchardgate/internal/repository"
)

// DeliveryService implements weighbridge intake and grading.
type DeliveryService struct {
	deliveries *repository.DeliveryRepository
	growers    *repository.GrowerRepository
	profiles   *repository.ProfileRepository
	eval       *grading.Evaluator
	bus        *messaging.Bus
	views      *render.Views
}

func NewDeliveryService(d *repository.DeliveryRepository, g *repository.GrowerRepository, p *repository.ProfileRepository, e *grading.Evaluator, bus *messaging.Bus, v *render.Views) *DeliveryService {
	return &DeliveryService{deliveries: d, growers: g, profiles: p, eval: e, bus: bus, views: v}
}

func currentSeason(t time.Time) int {
	if t.Month() < time.July {
		return t.Year() - 1
	}
	return t.Year()
}

// Intake records a load from the weighbridge, grades it and queues a bin label.
func (s *DeliveryService) Intake(ctx context.Context, req dto.IntakeRequest) (*dto.GradeResult, error) {
	grower, err := s.growers.ByCode(ctx, req.GrowerCode)
	if err != nil {
		return nil, fmt.Errorf("unknown grower %q: %w", req.GrowerCode, err)
	}
	net := req.GrossKg - req.TareKg
	if net <= 0 {
		return nil, errors.New("net weight must be positive")
	}
	now := time.Now()
	d := &models.Delivery{
		GrowerID: grower.ID, Variety: req.Variety, Block: req.Block, NetKg: net,
		Brix: req.Brix, Acidity: req.Acidity, Starch: req.Starch, DefectPct: req.DefectPct,
		Notes: req.Notes, Season: currentSeason(now), ReceivedAt: now,
	}
	if err := s.deliveries.Create(ctx, d); err != nil {
		return nil, err
	}
	res, err := s.grade(ctx, d)
	if err != nil {
		return nil, err
	}
	if err := s.bus.PublishJSON(ctx, messaging.TopicDeliveryGraded, res); err != nil {
		return nil, err
	}
	_ = s.bus.PublishJSON(ctx, messaging.TopicLabels, dto.LabelJob{DeliveryID: d.ID, GrowerID: grower.ID, Copies: 2})
	return res, nil
}

func (s *DeliveryService) grade(ctx context.Context, d *models.Delivery) (*dto.GradeResult, error) {
	sample := grading.Sample{Brix: d.Brix, Acidity: d.Acidity, Starch: d.Starch, DefectPct: d.DefectPct, NetKg: d.NetKg}
	profileName := "default"
	score := grading.DefaultScore(sample)
	if p, err := s.profiles.Active(ctx); err == nil && p.Formula != "" {
		sc, err := s.eval.ScoreWithProfile(p.Formula, sample)
		if err != nil {
			return nil, err
		}
		score, profileName = sc, p.Name
	}
	grade := grading.GradeFor(score, sample)
	now := time.Now()
	if err := s.deliveries.MarkGraded(ctx, d.ID, grade, now); err != nil {
		return nil, err
	}
	return &dto.GradeResult{DeliveryID: d.ID, Grade: grade, Score: score, Profile: profileName, GradedAt: now}, nil
}

// PreviewFormula lets the grading lead try a formula on a sample before saving it.
func (s *DeliveryService) PreviewFormula(formula string, sample grading.Sample) (float64, string, error) {
	score, err := s.eval.ScoreWithProfile(formula, sample)
	if err != nil {
		return 0, "", err
	}
	return score, grading.GradeFor(score, sample), nil
}

// QuickGrade scores a sample with one of the built-in formulas.
func (s *DeliveryService) QuickGrade(name string, sample grading.Sample) (float64, string, error) {
	score, err := s.eval.ScoreBuiltin(name, sample)
	if err != nil {
		return 0, "", err
	}
	return score, grading.GradeFor(score, sample), nil
}

// SaveProfile stores a grading profile formula.
func (s *DeliveryService) SaveProfile(ctx context.Context, upd dto.ProfileUpdate, actor string) error {
	if upd.Name == "" || upd.Formula == "" {
		return errors.New("name and formula are required")
	}
	return s.profiles.Upsert(ctx, &models.GradingProfile{Name: upd.Name, Formula: upd.Formula, UpdatedBy: actor})
}

func (s *DeliveryService) ActivateProfile(ctx context.Context, name string) error {
	return s.profiles.Activate(ctx, name)
}

// List returns a grower's deliveries.
func (s *DeliveryService) List(ctx context.Context, f dto.DeliveryFilter) ([]models.Delivery, error) {
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	if f.Season == 0 {
		f.Season = currentSeason(time.Now())
	}
	return s.deliveries.ListForGrower(ctx, f)
}

func (s *DeliveryService) Recent(ctx context.Context, sortKey string) ([]models.Delivery, error) {
	return s.deliveries.ListRecent(ctx, sortKey, 30)
}

func (s *DeliveryService) VarietyTotals(ctx context.Context, season int, variety string) ([]repository.BlockTotal, error) {
	return s.deliveries.VarietyTotals(ctx, season, variety)
}

func (s *DeliveryService) GradeTotals(ctx context.Context, growerID uint, season int) ([]repository.GradeTotal, error) {
	return s.deliveries.GradeTotals(ctx, growerID, season)
}

func (s *DeliveryService) Get(ctx context.Context, id uint) (*models.Delivery, error) {
	return s.deliveries.Get(ctx, id)
}

// WriteReceipt renders the HTML receipt of a delivery.
func (s *DeliveryService) WriteReceipt(ctx context.Context, w io.Writer, id uint) error {
	d, err := s.deliveries.Get(ctx, id)
	if err != nil {
		return err
	}
	g, err := s.growers.ByID(ctx, d.GrowerID)
	if err != nil {
		return err
	}
	price := grading.PricePerTonne(d.Grade) * int64(d.NetKg) / 1000
	return s.views.Receipt(w, *d, g.Name, price)
}

func (s *DeliveryService) AttachPhoto(ctx context.Context, id uint, name string) error {
	return s.deliveries.UpdatePhoto(ctx, id, name)
}
