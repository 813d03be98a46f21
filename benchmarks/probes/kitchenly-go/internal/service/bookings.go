package service

import (
	"context"
	"strings"

	"github.com/kitchenly/kitchenly-api/internal/domain"
	"github.com/kitchenly/kitchenly-api/internal/store"
)

// Bookings manages kitchen slot bookings made by virtual brands.
type Bookings struct {
	repo *store.OrderRepo
}

func NewBookings(repo *store.OrderRepo) *Bookings { return &Bookings{repo: repo} }

func (b *Bookings) List(ctx context.Context, f domain.BookingFilter) ([]domain.Booking, error) {
	f.Status = strings.ToLower(strings.TrimSpace(f.Status))
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	return b.repo.ListBookings(ctx, f)
}

func (b *Bookings) Get(ctx context.Context, id int64) (*domain.Booking, error) {
	return b.repo.BookingByID(ctx, id)
}
