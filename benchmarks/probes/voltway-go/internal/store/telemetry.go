package store

import (
	"context"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// TelemetryQuery is sent by gateway dashboards to slice meter samples.
type TelemetryQuery struct {
	StationCode string                 `json:"-"`
	Match       map[string]interface{} `json:"match"`
	Limit       int64                  `json:"limit"`
}

type TelemetryStore struct{ coll *mongo.Collection }

func NewTelemetryStore(coll *mongo.Collection) *TelemetryStore { return &TelemetryStore{coll: coll} }

var newestFirst = bson.D{{Key: "ts", Value: -1}}

func (s *TelemetryStore) Find(ctx context.Context, q TelemetryQuery) ([]bson.M, error) {
	filter := bson.M{"station_code": q.StationCode}
	for field, value := range q.Match {
		filter[field] = value
	}
	if q.Limit <= 0 || q.Limit > 500 {
		q.Limit = 100
	}
	cur, err := s.coll.Find(ctx, filter, options.Find().SetLimit(q.Limit).SetSort(newestFirst)) // VULN nosqli
	return decodeAll(ctx, cur, err)
}

func (s *TelemetryStore) ByConnector(ctx context.Context, stationCode, connectorID string) ([]bson.M, error) {
	cur, err := s.coll.Find(ctx, bson.M{"station_code": stationCode, "connector_id": connectorID}, options.Find().SetLimit(200)) // SAFE nosqli
	return decodeAll(ctx, cur, err)
}

// AboveThreshold returns samples where the delivered power exceeded minKW.
func (s *TelemetryStore) AboveThreshold(ctx context.Context, stationCode, minKW string) ([]bson.M, error) {
	cur, err := s.coll.Find(ctx, bson.M{"station_code": stationCode, "$where": "this.power_kw > " + minKW}) // VULN nosqli
	return decodeAll(ctx, cur, err)
}

func decodeAll(ctx context.Context, cur *mongo.Cursor, err error) ([]bson.M, error) {
	if err != nil {
		return nil, err
	}
	var out []bson.M
	err = cur.All(ctx, &out)
	return out, err
}
