package service

import (
	"context"
	"path/filepath"
	"strings"

	"github.com/google/uuid"

	"github.com/voltpark/platform/internal/models"
	"github.com/voltpark/platform/internal/repository"
	"github.com/voltpark/platform/internal/util"
)

var chargerSortColumns = map[string]string{
	"":          "created_at DESC",
	"power":     "max_power_kw DESC",
	"city":      "city ASC, address ASC",
	"status":    "status ASC",
	"heartbeat": "last_heartbeat DESC NULLS LAST",
}

type ChargerService struct {
	repo     *repository.ChargerRepo
	photoDir string
}

func NewChargerService(repo *repository.ChargerRepo, photoDir string) *ChargerService {
	return &ChargerService{repo: repo, photoDir: photoDir}
}

type ListChargersParams struct {
	SiteID     string
	Status     string
	Sort       string
	MinPowerKW float64
	Page       int
	PageSize   int
}

func (s *ChargerService) List(ctx context.Context, p ListChargersParams) ([]models.Charger, error) {
	sortCol, ok := chargerSortColumns[strings.ToLower(p.Sort)]
	if !ok {
		return nil, invalid("unknown sort %q", p.Sort)
	}
	status := models.ChargerStatus(strings.ToUpper(p.Status))
	if status != "" && !status.Valid() {
		return nil, invalid("unknown status %q", p.Status)
	}
	size := util.Clamp(p.PageSize, 1, 200)
	page := util.Clamp(p.Page, 1, 10000)
	return s.repo.List(ctx, repository.ChargerFilter{
		SiteID:     p.SiteID,
		Status:     status,
		MinPowerKW: p.MinPowerKW,
		SortColumn: sortCol,
		Limit:      size,
		Offset:     (page - 1) * size,
	})
}

func (s *ChargerService) SearchByCity(ctx context.Context, city string) ([]models.Charger, error) {
	city = strings.TrimSpace(city)
	if len(city) < 2 {
		return nil, invalid("search term too short")
	}
	return s.repo.SearchByCity(ctx, city, 50)
}

func (s *ChargerService) Get(ctx context.Context, id string) (*models.Charger, error) {
	return s.repo.Get(ctx, id)
}

func (s *ChargerService) BySerial(ctx context.Context, serial string) (*models.Charger, error) {
	return s.repo.BySerial(ctx, strings.ToUpper(serial))
}

// PhotoPath returns where the site photo of a charger is stored.
func (s *ChargerService) PhotoPath(id string) (string, error) {
	uid, err := uuid.Parse(id)
	if err != nil {
		return "", ErrNotFound
	}
	return filepath.Join(s.photoDir, uid.String()+".jpg"), nil
}
