package store

import (
	"context"
	"regexp"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/emberline/dispatch/internal/models"
)

// TelemetryFilter is the console's ad-hoc telemetry query.
type TelemetryFilter struct {
	Unit  interface{} `json:"unit"`
	Since time.Time   `json:"since"`
	Limit int64       `json:"limit"`
}

// TelemetryStore reads AVL and sensor samples from MongoDB.
type TelemetryStore struct {
	coll *mongo.Collection
}

// NewTelemetryStore binds the unit_telemetry collection.
func NewTelemetryStore(client *mongo.Client, database string) *TelemetryStore {
	return &TelemetryStore{coll: client.Database(database).Collection("unit_telemetry")}
}

func decodePoints(ctx context.Context, cur *mongo.Cursor) ([]models.TelemetryPoint, error) {
	defer cur.Close(ctx)
	var out []models.TelemetryPoint
	if err := cur.All(ctx, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// Query runs a filter built by the console map panel.
func (s *TelemetryStore) Query(ctx context.Context, f TelemetryFilter) ([]models.TelemetryPoint, error) {
	if f.Limit <= 0 || f.Limit > 5000 {
		f.Limit = 500
	}
	opts := options.Find().SetSort(bson.D{{Key: "ts", Value: -1}}).SetLimit(f.Limit)
	cur, err := s.coll.Find(ctx, bson.M{"unit": f.Unit, "ts": bson.M{"$gte": f.Since}}, opts) // VULN nosqli
	if err != nil {
		return nil, err
	}
	return decodePoints(ctx, cur)
}

// Latest returns the most recent n samples for a unit.
func (s *TelemetryStore) Latest(ctx context.Context, unit string, n int64) ([]models.TelemetryPoint, error) {
	opts := options.Find().SetSort(bson.D{{Key: "ts", Value: -1}}).SetLimit(n)
	cur, err := s.coll.Find(ctx, bson.M{"unit": unit}, opts) // SAFE nosqli
	if err != nil {
		return nil, err
	}
	return decodePoints(ctx, cur)
}

// BySensor returns samples reported by a named sensor channel.
func (s *TelemetryStore) BySensor(ctx context.Context, sensor string, limit int64) ([]models.TelemetryPoint, error) {
	opts := options.Find().SetLimit(limit)
	cur, err := s.coll.Find(ctx, bson.M{"$where": "this.sensor == '" + sensor + "'"}, opts) // VULN nosqli
	if err != nil {
		return nil, err
	}
	return decodePoints(ctx, cur)
}

// UnitsByPrefix lists samples for units whose identifier starts with prefix.
func (s *TelemetryStore) UnitsByPrefix(ctx context.Context, prefix string, limit int64) ([]models.TelemetryPoint, error) {
	opts := options.Find().SetLimit(limit)
	cur, err := s.coll.Find(ctx, bson.M{"unit": bson.M{"$regex": "^" + regexp.QuoteMeta(prefix)}}, opts) // SAFE nosqli
	if err != nil {
		return nil, err
	}
	return decodePoints(ctx, cur)
}
