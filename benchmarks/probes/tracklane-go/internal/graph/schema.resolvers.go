package graph

// This file will be automatically regenerated based on the schema, any resolver implementations
// will be copied through when generating and any unknown code will be moved to the end.

import (
	"context"
	"fmt"
	"time"

	"github.com/tracklane/tracklane/internal/domain"
	"github.com/tracklane/tracklane/internal/graph/generated"
	"github.com/tracklane/tracklane/internal/graph/model"
)

// ChangeWagonStatus is the resolver for the changeWagonStatus field.
func (r *mutationResolver) ChangeWagonStatus(ctx context.Context, id int64, status string) (*domain.Wagon, error) {
	if _, err := requireRole(ctx, domain.RoleDispatcher, domain.RoleDepotManager); err != nil {
		return nil, err
	}
	switch status {
	case domain.WagonInService, domain.WagonLoaded, domain.WagonEmpty, domain.WagonInWorkshop, domain.WagonQuarantined, domain.WagonRetired:
	default:
		return nil, fmt.Errorf("unknown status %q", status)
	}
	w, err := r.Wagons.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := r.Wagons.ChangeStatus(ctx, w, status); err != nil {
		return nil, err
	}
	w.Status = status
	return w, nil
}

// ImportConsist is the resolver for the importConsist field.
func (r *mutationResolver) ImportConsist(ctx context.Context, url string) (*model.ConsistSummary, error) {
	if _, err := requireRole(ctx, domain.RoleDispatcher); err != nil {
		return nil, err
	}
	consist, err := r.Consists.FetchConsist(ctx, url)
	if err != nil {
		return nil, err
	}
	summary := &model.ConsistSummary{
		TrainNumber: consist.TrainNumber,
		Departure:   consist.Departure,
		Destination: consist.Destination,
	}
	for _, cw := range consist.Wagons {
		item := &model.ConsistWagonSummary{Position: cw.Position, Number: cw.Number}
		if cw.Dangerous != "" {
			un := cw.Dangerous
			item.DangerousGoods = &un
		}
		if _, err := r.Wagons.StatusByNumber(ctx, cw.Number); err == nil {
			item.Registered = true
		} else {
			summary.UnknownWagons++
		}
		summary.Wagons = append(summary.Wagons, item)
	}
	return summary, nil
}

// RequestPhotoArchive is the resolver for the requestPhotoArchive field.
func (r *mutationResolver) RequestPhotoArchive(ctx context.Context, depotID int64, label string) (string, error) {
	claims, err := requireRole(ctx, domain.RoleDepotManager)
	if err != nil {
		return "", err
	}
	return r.Reports.RequestPhotoArchive(ctx, depotID, label, claims.Username)
}

// RequestExport is the resolver for the requestExport field.
func (r *mutationResolver) RequestExport(ctx context.Context, table string) (string, error) {
	claims, err := requireRole(ctx, domain.RoleDepotManager)
	if err != nil {
		return "", err
	}
	return r.Reports.RequestExport(ctx, table, claims.Username)
}

// Wagons is the resolver for the wagons field.
func (r *queryResolver) Wagons(ctx context.Context, filter *model.WagonFilter) ([]*domain.Wagon, error) {
	if _, err := operatorFrom(ctx); err != nil {
		return nil, err
	}
	f := domain.WagonFilter{}
	if filter != nil {
		f.Statuses = filter.Statuses
		if filter.OperatorCode != nil {
			f.OperatorCode = *filter.OperatorCode
		}
		if filter.Depot != nil {
			f.Depot = *filter.Depot
		}
		if filter.Limit != nil && *filter.Limit > 0 {
			f.Limit = uint64(*filter.Limit)
		}
	}
	return r.Resolver.Wagons.Filter(ctx, f)
}

// Wagon is the resolver for the wagon field.
func (r *queryResolver) Wagon(ctx context.Context, id int64) (*domain.Wagon, error) {
	if _, err := operatorFrom(ctx); err != nil {
		return nil, err
	}
	return r.Resolver.Wagons.Get(ctx, id)
}

// Maintenance is the resolver for the maintenance field.
func (r *wagonResolver) Maintenance(ctx context.Context, obj *domain.Wagon, since *time.Time) ([]*domain.MaintenanceOrder, error) {
	var from time.Time
	if since != nil {
		from = *since
	}
	orders, err := r.Resolver.Maintenance.History(ctx, obj.ID, from)
	if err != nil {
		return nil, err
	}
	out := make([]*domain.MaintenanceOrder, len(orders))
	for i := range orders {
		out[i] = &orders[i]
	}
	return out, nil
}

// Mutation returns generated.MutationResolver implementation.
func (r *Resolver) Mutation() generated.MutationResolver { return &mutationResolver{r} }

// Query returns generated.QueryResolver implementation.
func (r *Resolver) Query() generated.QueryResolver { return &queryResolver{r} }

// Wagon returns generated.WagonResolver implementation.
func (r *Resolver) Wagon() generated.WagonResolver { return &wagonResolver{r} }

type mutationResolver struct{ *Resolver }
type queryResolver struct{ *Resolver }
type wagonResolver struct{ *Resolver }
