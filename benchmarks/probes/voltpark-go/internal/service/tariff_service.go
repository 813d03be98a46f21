package service

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/voltpark/platform/internal/auth"
	"github.com/voltpark/platform/internal/models"
	"github.com/voltpark/platform/internal/repository"
)

var supportedCurrencies = map[string]bool{"EUR": true, "GBP": true, "CHF": true, "NOK": true, "SEK": true, "DKK": true}

type TariffService struct {
	repo *repository.TariffRepo
}

func NewTariffService(repo *repository.TariffRepo) *TariffService {
	return &TariffService{repo: repo}
}

func (s *TariffService) Applicable(ctx context.Context, operatorID int64, currency string) ([]models.Tariff, error) {
	currency = strings.ToUpper(currency)
	if !supportedCurrencies[currency] {
		return nil, invalid("unsupported currency %q", currency)
	}
	return s.repo.Applicable(ctx, operatorID, currency, time.Now())
}

func (s *TariffService) Get(ctx context.Context, id int64) (*models.Tariff, error) {
	return s.repo.Get(ctx, id)
}

// UpdatePrices applies a partial price update, e.g. {"price_per_kwh": 0.49}.
// Only price columns may be changed through this endpoint.
func (s *TariffService) UpdatePrices(ctx context.Context, user *auth.Claims, id int64, patch map[string]float64) error {
	if user.Role != "pricing_admin" && user.Role != "operator_admin" {
		return ErrForbidden
	}
	if len(patch) == 0 {
		return invalid("empty patch")
	}
	for field, value := range patch {
		if !strings.HasPrefix(field, "price_") {
			return invalid("field %q is not editable", field)
		}
		if value < 0 || value > 10 {
			return invalid("price %v out of range", value)
		}
		if err := s.repo.UpdatePrice(ctx, id, field, value); err != nil {
			return fmt.Errorf("update %s: %w", field, err)
		}
	}
	return nil
}
