package service

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/siloworks/elevator/internal/clients"
	"github.com/siloworks/elevator/internal/dto"
	"github.com/siloworks/elevator/internal/edi"
	"github.com/siloworks/elevator/internal/models"
	"github.com/siloworks/elevator/internal/repository"
	"github.com/siloworks/elevator/internal/security"
	"github.com/siloworks/elevator/internal/tasks"
)

// TrainIDPattern is the carrier's train symbol format, e.g. G-SWK1-04.
var TrainIDPattern = regexp.MustCompile(`^[A-Z]-[A-Z0-9]{3,6}-\d{2}$`)

// RailService manages car orders, placements and loading at the rail spur.
type RailService struct {
	cars    *repository.RailCarRepo
	carrier *clients.CarrierClient
	queue   *tasks.Queue
	policy  *security.CallbackPolicy
	railDir string
}

func NewRailService(c *repository.RailCarRepo, cc *clients.CarrierClient, q *tasks.Queue, p *security.CallbackPolicy, railDir string) *RailService {
	return &RailService{cars: c, carrier: cc, queue: q, policy: p, railDir: railDir}
}

// Train lists the cars of a train.
func (s *RailService) Train(ctx context.Context, trainID string) ([]models.RailCar, error) {
	return s.cars.ForTrain(ctx, trainID)
}

// FindCars searches a train's cars by reporting-mark prefix.
func (s *RailService) FindCars(ctx context.Context, trainID, markPrefix string) ([]models.RailCar, error) {
	return s.cars.FindByMark(ctx, trainID, strings.ToUpper(markPrefix))
}

// RecordLoad adds weight loaded from the shipping bin into a car.
func (s *RailService) RecordLoad(ctx context.Context, carID int64, kg float64, seal string) error {
	if kg <= 0 || kg > 120000 {
		return fmt.Errorf("load weight out of range")
	}
	return s.cars.RecordLoad(ctx, carID, kg, seal)
}

// ImportPlacement processes a placement notice received from the carrier.
func (s *RailService) ImportPlacement(ctx context.Context, raw []byte, callbackURL string) (*edi.Placement, error) {
	pl, err := edi.ParsePlacement(raw)
	if err != nil {
		return nil, err
	}
	for _, c := range pl.Cars {
		if err := s.cars.Upsert(ctx, models.RailCar{CarMark: c.Mark, TrainID: pl.TrainID, Commodity: c.Commodity,
			CapacityKg: c.CapacityKg, Destination: c.Destination}); err != nil {
			return nil, err
		}
	}
	if callbackURL != "" {
		if _, err := s.policy.Validate(callbackURL); err != nil {
			return nil, err
		}
		_ = s.queue.ConfirmPlacement(ctx, callbackURL, map[string]interface{}{"train": pl.TrainID, "cars": len(pl.Cars), "at": time.Now().UTC()})
	}
	return pl, nil
}

// OrderCars places an order for empties with the carrier.
func (s *RailService) OrderCars(ctx context.Context, req dto.RailOrderRequest) (string, error) {
	if !TrainIDPattern.MatchString(req.TrainID) || req.Cars < 1 || req.Cars > 110 {
		return "", fmt.Errorf("invalid order")
	}
	return s.carrier.PlaceOrder(ctx, req)
}

// SaveManifestBundle stores an uploaded waybill bundle and queues extraction.
func (s *RailService) SaveManifestBundle(ctx context.Context, trainID string, r io.Reader) (string, error) {
	if !TrainIDPattern.MatchString(trainID) {
		return "", fmt.Errorf("invalid train id")
	}
	dir := filepath.Join(s.railDir, "incoming")
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return "", err
	}
	f, err := os.CreateTemp(dir, trainID+"-*.tar")
	if err != nil {
		return "", err
	}
	defer f.Close()
	if _, err := io.Copy(f, r); err != nil {
		return "", err
	}
	return f.Name(), s.queue.UnpackManifest(ctx, trainID, f.Name())
}

func (s *RailService) waybills(trainID string) (*edi.WaybillIndex, error) {
	if !TrainIDPattern.MatchString(trainID) {
		return nil, fmt.Errorf("invalid train id")
	}
	f, err := os.Open(filepath.Join(s.railDir, "trains", trainID, "waybills.xml"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return edi.LoadWaybills(f)
}

// WaybillsForCar returns the waybill numbers for a car in a train.
func (s *RailService) WaybillsForCar(trainID, mark string) ([]string, error) {
	idx, err := s.waybills(trainID)
	if err != nil {
		return nil, err
	}
	return idx.ByCarMark(mark), nil
}

// WaybillAt returns the waybill at a position in the train.
func (s *RailService) WaybillAt(trainID string, pos int) (string, error) {
	idx, err := s.waybills(trainID)
	if err != nil {
		return "", err
	}
	return idx.ByPosition(pos), nil
}

// ManifestDir is where the worker unpacks bundles for a train.
func (s *RailService) ManifestDir(trainID string) string {
	return filepath.Join(s.railDir, "trains", trainID)
}
