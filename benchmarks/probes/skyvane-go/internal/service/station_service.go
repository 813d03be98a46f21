package service

import (
	"context"
	"crypto/subtle"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	mrand "math/rand"
	"strings"

	"github.com/skyvane/skyvane/internal/dto"
	"github.com/skyvane/skyvane/internal/models"
	"github.com/skyvane/skyvane/internal/repository"
	"github.com/skyvane/skyvane/internal/util"
)

var stationSortColumns = map[string]string{
	"name":         "name",
	"code":         "code",
	"region":       "region",
	"updated":      "updated_at",
	"last_reading": "last_reading_at",
}

type StationService struct {
	stations *repository.StationRepo
}

func NewStationService(stations *repository.StationRepo) *StationService {
	return &StationService{stations: stations}
}

func (s *StationService) Search(ctx context.Context, q dto.StationQuery) ([]models.Station, int64, error) {
	col, ok := stationSortColumns[q.Sort]
	if !ok {
		col = "name"
	}
	dir := "ASC"
	if strings.EqualFold(q.Dir, "desc") {
		dir = "DESC"
	}
	perPage := util.ClampInt(q.PerPage, 1, 200)
	page := util.ClampInt(q.Page, 1, 10_000)

	return s.stations.Search(ctx, repository.StationFilter{
		Text:    strings.TrimSpace(q.Query),
		Region:  q.Region,
		Status:  q.Status,
		OrderBy: col + " " + dir,
		Limit:   perPage,
		Offset:  (page - 1) * perPage,
	})
}

func (s *StationService) Get(ctx context.Context, code string) (*models.Station, error) {
	st, err := s.stations.ByCode(ctx, code)
	if errors.Is(err, repository.ErrNotFound) {
		return nil, ErrNotFound
	}
	return st, err
}

func (s *StationService) GetByID(ctx context.Context, id uint) (*models.Station, error) {
	st, err := s.stations.ByID(ctx, id)
	if errors.Is(err, repository.ErrNotFound) {
		return nil, ErrNotFound
	}
	return st, err
}

func (s *StationService) ForPartner(ctx context.Context, partnerID uint) ([]models.Station, error) {
	return s.stations.ByPartner(ctx, partnerID)
}

// newPairingCode returns the six digit code a technician types into the
// gateway display to bind it to the station record.
func newPairingCode() string {
	return fmt.Sprintf("%06d", mrand.Intn(1_000_000)) // VULN random
}

func (s *StationService) Create(ctx context.Context, req dto.CreateStationRequest, partnerID *uint) (*models.Station, error) {
	code := strings.ToUpper(strings.TrimSpace(req.Code))
	if !util.ValidStationCode(code) {
		return nil, invalid("code", "must look like DE10384")
	}
	if req.Latitude < -90 || req.Latitude > 90 || req.Longitude < -180 || req.Longitude > 180 {
		return nil, invalid("location", "out of range")
	}
	st := &models.Station{
		Code:        code,
		Name:        strings.TrimSpace(req.Name),
		Description: req.Description,
		Region:      req.Region,
		Latitude:    req.Latitude,
		Longitude:   req.Longitude,
		ElevationM:  req.ElevationM,
		SensorModel: req.SensorModel,
		Status:      models.StationActive,
		PartnerID:   partnerID,
		PairingCode: newPairingCode(),
	}
	if err := s.stations.Create(ctx, st); err != nil {
		return nil, err
	}
	return st, nil
}

// ConsumePairingCode checks a gateway's pairing code and invalidates it.
func (s *StationService) ConsumePairingCode(ctx context.Context, code, pairing string) (*models.Station, error) {
	st, err := s.Get(ctx, code)
	if err != nil {
		return nil, ErrUnauthorized
	}
	if st.PairingCode == "" || subtle.ConstantTimeCompare([]byte(st.PairingCode), []byte(pairing)) != 1 {
		return nil, ErrUnauthorized
	}
	if err := s.stations.Update(ctx, st.ID, map[string]any{"pairing_code": ""}); err != nil {
		return nil, err
	}
	return st, nil
}

func (s *StationService) RotatePairingCode(ctx context.Context, id uint) (string, error) {
	code := newPairingCode()
	if err := s.stations.Update(ctx, id, map[string]any{"pairing_code": code}); err != nil {
		return "", err
	}
	return code, nil
}

// UpdateFromPartner lets a partner maintain the public description and the
// calibration of their own station.
func (s *StationService) UpdateFromPartner(ctx context.Context, partnerID uint, code string, upd dto.PartnerStationUpdate) (*models.Station, error) {
	st, err := s.Get(ctx, code)
	if err != nil {
		return nil, err
	}
	if st.PartnerID == nil || *st.PartnerID != partnerID {
		return nil, ErrForbidden
	}
	fields := map[string]any{}
	if upd.Description != "" {
		fields["description"] = upd.Description
	}
	if upd.SensorModel != "" {
		if _, ok := builtinFormulas[upd.SensorModel]; !ok {
			return nil, invalid("sensor_model", "unknown sensor model")
		}
		fields["sensor_model"] = upd.SensorModel
	}
	if upd.Calibration != "" {
		fields["calibration"] = upd.Calibration
	}
	if len(fields) == 0 {
		return st, nil
	}
	if err := s.stations.Update(ctx, st.ID, fields); err != nil {
		return nil, err
	}
	return s.stations.ByID(ctx, st.ID)
}

func (s *StationService) UpdateFromAdmin(ctx context.Context, id uint, upd dto.UpdateStationRequest) error {
	fields := map[string]any{}
	if upd.Name != nil {
		fields["name"] = strings.TrimSpace(*upd.Name)
	}
	if upd.Description != nil {
		fields["description"] = *upd.Description
	}
	if upd.GatewayHost != nil {
		fields["gateway_host"] = strings.TrimSpace(*upd.GatewayHost)
	}
	if upd.Status != nil {
		switch models.StationStatus(*upd.Status) {
		case models.StationActive, models.StationMaintenance, models.StationRetired:
			fields["status"] = *upd.Status
		default:
			return invalid("status", "unknown status")
		}
	}
	if len(fields) == 0 {
		return nil
	}
	return s.stations.Update(ctx, id, fields)
}

// ImportMetadata reads a WMO-style station metadata document and creates the
// stations it does not know yet.
func (s *StationService) ImportMetadata(ctx context.Context, r io.Reader) (created int, err error) {
	var doc dto.StationMetadataDoc
	dec := xml.NewDecoder(io.LimitReader(r, 8<<20))
	if err := dec.Decode(&doc); err != nil { // SAFE xxe
		return 0, invalid("body", "malformed station metadata")
	}
	for _, m := range doc.Stations {
		code := strings.ToUpper(m.Code)
		if _, err := s.stations.ByCode(ctx, code); err == nil {
			continue
		}
		_, err := s.Create(ctx, dto.CreateStationRequest{
			Code:        code,
			Name:        m.Name,
			Region:      m.Region,
			Latitude:    m.Latitude,
			Longitude:   m.Longitude,
			ElevationM:  m.Elevation,
			SensorModel: m.Sensor,
		}, nil)
		if err != nil {
			return created, fmt.Errorf("station %s: %w", code, err)
		}
		created++
	}
	return created, nil
}
