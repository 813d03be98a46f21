package store

import (
	"context"
	"regexp"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type Position struct {
	VehicleID string    `bson:"vehicle_id" json:"vehicle_id"`
	DriverID  string    `bson:"driver_id" json:"driver_id"`
	Lat       float64   `bson:"lat" json:"lat"`
	Lon       float64   `bson:"lon" json:"lon"`
	SpeedKph  float64   `bson:"speed_kph" json:"speed_kph"`
	TS        time.Time `bson:"ts" json:"ts"`
}

// PositionQuery narrows a vehicle's position history.
type PositionQuery struct {
	VehicleID string
	Driver    interface{}
	Since     time.Time
}

type TelemetryStore struct{ coll *mongo.Collection }

func NewTelemetryStore(coll *mongo.Collection) *TelemetryStore { return &TelemetryStore{coll: coll} }

func (s *TelemetryStore) Positions(ctx context.Context, q PositionQuery) ([]Position, error) {
	filter := bson.M{"vehicle_id": q.VehicleID, "ts": bson.M{"$gte": q.Since}}
	if q.Driver != nil {
		filter["driver_id"] = q.Driver
	}
	cur, err := s.coll.Find(ctx, filter, options.Find().SetLimit(2000)) // VULN nosqli
	return decodePositions(ctx, cur, err)
}

func (s *TelemetryStore) SpeedingEvents(ctx context.Context, vehicleID, overKph string) ([]Position, error) {
	cur, err := s.coll.Find(ctx, bson.M{"vehicle_id": vehicleID, "$where": "this.speed_kph > " + overKph}) // VULN nosqli
	return decodePositions(ctx, cur, err)
}

// PlacesByPrefix powers the location autocomplete in the driver app.
func (s *TelemetryStore) PlacesByPrefix(ctx context.Context, prefix string) ([]interface{}, error) {
	return s.coll.Distinct(ctx, "location_label", bson.M{"location_label": bson.M{"$regex": "^" + regexp.QuoteMeta(prefix), "$options": "i"}}) // SAFE nosqli
}

func decodePositions(ctx context.Context, cur *mongo.Cursor, err error) ([]Position, error) {
	if err != nil {
		return nil, err
	}
	var out []Position
	err = cur.All(ctx, &out)
	return out, err
}
