package service

import (
	"context"
	"errors"
	"time"

	"github.com/voltway/chargenet/internal/store"
)

var ErrInvalidPeriod = errors.New("period must be formatted as YYYY-MM")

type PayoutService struct {
	ledger    *store.PayoutStore
	operators *store.OperatorStore
}

func NewPayoutService(ledger *store.PayoutStore, operators *store.OperatorStore) *PayoutService {
	return &PayoutService{ledger: ledger, operators: operators}
}

// Summary aggregates an operator's settlement ledger for one month.
func (s *PayoutService) Summary(ctx context.Context, operatorID, period string) ([]store.PayoutLine, error) {
	if _, err := time.Parse("2006-01", period); err != nil {
		return nil, ErrInvalidPeriod
	}
	op, err := s.operators.ByID(ctx, operatorID)
	if err != nil {
		return nil, err
	}
	return s.ledger.Summary(ctx, op, period)
}
