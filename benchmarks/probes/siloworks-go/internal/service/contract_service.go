package service

import (
	"context"
	"fmt"
	"strings"

	"github.com/siloworks/elevator/internal/clients"
	"github.com/siloworks/elevator/internal/dto"
	"github.com/siloworks/elevator/internal/models"
	"github.com/siloworks/elevator/internal/repository"
)

// ContractService exposes the contract book to farmers and buyers.
type ContractService struct {
	contracts *repository.ContractRepo
	market    *clients.MarketClient
}

func NewContractService(c *repository.ContractRepo, m *clients.MarketClient) *ContractService {
	return &ContractService{contracts: c, market: m}
}

// ForFarmer lists a farmer's contracts.
func (s *ContractService) ForFarmer(ctx context.Context, farmerID int64) ([]models.Contract, error) {
	return s.contracts.ForFarmer(ctx, farmerID)
}

// Search filters the open contract book for partner buyers.
func (s *ContractService) Search(ctx context.Context, f dto.ContractFilter) ([]models.Contract, error) {
	f.FarmerName = strings.TrimSpace(f.FarmerName)
	if len(f.FarmerName) > 80 {
		return nil, fmt.Errorf("farmer filter too long")
	}
	if f.Status == "" {
		f.Status = "open"
	}
	return s.contracts.Search(ctx, f)
}

// Get returns one contract.
func (s *ContractService) Get(ctx context.Context, id int64) (*models.Contract, error) {
	c, err := s.contracts.Get(ctx, id)
	if err != nil {
		return nil, ErrNotFound
	}
	return c, nil
}

// AttachDocument stores the link to the signed contract held by the buyer.
func (s *ContractService) AttachDocument(ctx context.Context, id int64, link string) error {
	return s.contracts.UpdateDocument(ctx, id, strings.TrimSpace(link))
}

// Exposure combines open bushels with the current cash bid.
func (s *ContractService) Exposure(ctx context.Context, commodity, month string) (float64, *dto.Quote, error) {
	open, err := s.contracts.OpenBushelsByMonth(ctx, commodity, month)
	if err != nil {
		return 0, nil, err
	}
	q, err := s.market.Quote(ctx, commodity, month)
	if err != nil {
		return open, nil, err
	}
	return open, q, nil
}

// QuoteFromFeed proxies a buyer-chosen regional basis feed.
func (s *ContractService) QuoteFromFeed(ctx context.Context, feed string) (*dto.Quote, error) {
	return s.market.QuoteFromFeed(ctx, feed)
}
