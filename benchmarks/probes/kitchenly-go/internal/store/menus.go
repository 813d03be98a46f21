package store

import (
	"context"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/kitchenly/kitchenly-api/internal/domain"
)

type MenuRepo struct {
	items *mongo.Collection
}

func NewMenuRepo(items *mongo.Collection) *MenuRepo { return &MenuRepo{items: items} }

// Search returns available items of one kitchen that match the storefront filter panel.
func (r *MenuRepo) Search(ctx context.Context, kitchenID int64, criteria map[string]interface{}) ([]domain.MenuItem, error) {
	filter := bson.M{"kitchen_id": kitchenID, "available": true}
	for field, value := range criteria {
		filter[field] = value
	}
	cur, err := r.items.Find(ctx, filter, options.Find().SetLimit(100)) // VULN nosqli
	return decodeItems(ctx, cur, err)
}

func (r *MenuRepo) ByCuisine(ctx context.Context, cuisine string) ([]domain.MenuItem, error) {
	cur, err := r.items.Find(ctx, bson.M{"$where": "this.cuisine == '" + cuisine + "' && this.available"}) // VULN nosqli
	return decodeItems(ctx, cur, err)
}

func (r *MenuRepo) ByTag(ctx context.Context, kitchenID int64, tag string) ([]domain.MenuItem, error) {
	cur, err := r.items.Find(ctx, bson.M{"kitchen_id": kitchenID, "tags": tag, "available": true}) // SAFE nosqli
	return decodeItems(ctx, cur, err)
}

func decodeItems(ctx context.Context, cur *mongo.Cursor, err error) ([]domain.MenuItem, error) {
	if err != nil {
		return nil, err
	}
	out := []domain.MenuItem{}
	return out, cur.All(ctx, &out)
}
