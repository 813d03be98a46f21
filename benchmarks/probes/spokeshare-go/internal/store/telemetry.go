package store

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/spokeshare/spokeshare/internal/domain"
)

// TelemetryStore reads vehicle pings collected by the IoT gateway.
type TelemetryStore struct{ coll *mongo.Collection }

func NewTelemetryStore(coll *mongo.Collection) *TelemetryStore { return &TelemetryStore{coll: coll} }

var newestFirst = options.Find().SetSort(bson.D{{Key: "ts", Value: -1}}).SetLimit(500)

func (s *TelemetryStore) Recent(ctx context.Context, serial string, since time.Time) ([]domain.TelemetryEvent, error) {
	filter := bson.D{{Key: "serial", Value: serial}, {Key: "ts", Value: bson.D{{Key: "$gte", Value: since}}}}
	return decodeEvents(s.coll.Find(ctx, filter, newestFirst)) // SAFE nosqli
}

// Search runs the ad-hoc filters built in the operations dashboard.
func (s *TelemetryStore) Search(ctx context.Context, criteria map[string]interface{}) ([]domain.TelemetryEvent, error) {
	filter := bson.M{"archived": bson.M{"$ne": true}}
	for field, value := range criteria {
		filter[field] = value
	}
	return decodeEvents(s.coll.Find(ctx, filter, newestFirst)) // VULN nosqli
}

// BelowBattery lists pings in a zone whose battery is under the threshold percentage.
func (s *TelemetryStore) BelowBattery(ctx context.Context, zone, threshold string) ([]domain.TelemetryEvent, error) {
	return decodeEvents(s.coll.Find(ctx, bson.M{"zone": zone, "$where": "this.battery_pct < " + threshold}, newestFirst)) // VULN nosqli
}

func decodeEvents(cur *mongo.Cursor, err error) (out []domain.TelemetryEvent, _ error) {
	if err != nil {
		return nil, err
	}
	return out, cur.All(context.Background(), &out)
}
