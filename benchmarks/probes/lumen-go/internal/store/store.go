// Package store holds the Postgres and Mongo access for Lumen Fleet.
package store

import (
	"context"
	"fmt"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/jmoiron/sqlx"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type Vehicle struct {
	ID        int64     `db:"id" json:"id"`
	FleetID   int64     `db:"fleet_id" json:"fleetId"`
	VIN       string    `db:"vin" json:"vin"`
	Plate     string    `db:"plate" json:"plate"`
	Status    string    `db:"status" json:"status"`
	CreatedAt time.Time `db:"created_at" json:"createdAt"`
}

type Device struct {
	ID        string `db:"id" json:"id"`
	VehicleID int64  `db:"vehicle_id" json:"vehicleId"`
	Model     string `db:"model" json:"model"`
	Firmware  string `db:"firmware_version" json:"firmwareVersion"`
}

type Operator struct {
	ID           int64  `db:"id"`
	FleetID      int64  `db:"fleet_id"`
	Email        string `db:"email"`
	Role         string `db:"role"`
	PasswordHash string `db:"password_hash"`
	LegacyHash   bool   `db:"legacy_hash"`
}

type TelemetryPoint struct {
	DeviceID   string    `db:"device_id" json:"deviceId"`
	RecordedAt time.Time `db:"recorded_at" json:"recordedAt"`
	Lat        float64   `db:"lat" json:"lat"`
	Lon        float64   `db:"lon" json:"lon"`
	SpeedKph   float64   `db:"speed_kph" json:"speedKph"`
	BatteryPct float64   `db:"battery_pct" json:"batteryPct"`
}

type Bucket struct {
	Bucket time.Time `db:"bucket" json:"bucket"`
	Value  float64   `db:"value" json:"value"`
}

type Event struct {
	DeviceID   string    `bson:"device_id" json:"deviceId"`
	FleetID    int64     `bson:"fleet_id" json:"fleetId"`
	Kind       string    `bson:"kind" json:"kind"`
	Severity   int       `bson:"severity" json:"severity"`
	Message    string    `bson:"message" json:"message"`
	OccurredAt time.Time `bson:"occurred_at" json:"occurredAt"`
}

type Repository struct {
	db     *sqlx.DB
	mongo  *mongo.Client
	events *mongo.Collection
}

func Open(ctx context.Context, dsn, mongoURI, mongoDB string) (*Repository, error) {
	db, err := sqlx.ConnectContext(ctx, "pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("connect postgres: %w", err)
	}
	db.SetMaxOpenConns(25)
	db.SetConnMaxIdleTime(5 * time.Minute)

	mc, err := mongo.Connect(ctx, options.Client().ApplyURI(mongoURI))
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("connect mongo: %w", err)
	}
	return &Repository{db: db, mongo: mc, events: mc.Database(mongoDB).Collection("device_events")}, nil
}

func (r *Repository) Close(ctx context.Context) {
	_ = r.mongo.Disconnect(ctx)
	_ = r.db.Close()
}

const vehicleColumns = "id, fleet_id, vin, plate, status, created_at"

func (r *Repository) FindVehicleByID(ctx context.Context, fleetID, id int64) (*Vehicle, error) {
	var v Vehicle
	err := r.db.GetContext(ctx, &v, "SELECT "+vehicleColumns+" FROM vehicles WHERE fleet_id = $1 AND id = $2", fleetID, id) // SAFE sqli
	if err != nil {
		return nil, err
	}
	return &v, nil
}

func (r *Repository) SearchVehicles(ctx context.Context, fleetID int64, term string) ([]Vehicle, error) {
	out := []Vehicle{}
	q := "SELECT " + vehicleColumns + " FROM vehicles WHERE fleet_id = $1 AND (vin ILIKE '%" + term + "%' OR plate ILIKE '%" + term + "%') ORDER BY plate LIMIT 100"
	err := r.db.SelectContext(ctx, &out, q, fleetID) // VULN sqli
	return out, err
}

func (r *Repository) ListFleetVehicles(ctx context.Context, fleetID int64, orderBy string) ([]Vehicle, error) {
	if orderBy == "" {
		orderBy = "plate"
	}
	out := []Vehicle{}
	err := r.db.SelectContext(ctx, &out, fmt.Sprintf("SELECT %s FROM vehicles WHERE fleet_id = $1 ORDER BY %s", vehicleColumns, orderBy), fleetID) // VULN sqli
	return out, err
}

var telemetrySortColumns = map[string]string{
	"time":    "recorded_at",
	"speed":   "speed_kph",
	"battery": "battery_pct",
}

func (r *Repository) TelemetryWindow(ctx context.Context, deviceID string, from, to time.Time, sort string, desc bool) ([]TelemetryPoint, error) {
	col, ok := telemetrySortColumns[sort]
	if !ok {
		col = "recorded_at"
	}
	dir := map[bool]string{true: "DESC", false: "ASC"}[desc]
	q := fmt.Sprintf(`SELECT device_id, recorded_at, lat, lon, speed_kph, battery_pct
		FROM telemetry_points WHERE device_id = $1 AND recorded_at BETWEEN $2 AND $3
		ORDER BY %s %s LIMIT 5000`, col, dir)
	out := []TelemetryPoint{}
	err := r.db.SelectContext(ctx, &out, q, deviceID, from, to) // SAFE sqli
	return out, err
}

func (r *Repository) AggregateTelemetry(ctx context.Context, deviceID, metric, bucket string) ([]Bucket, error) {
	q := fmt.Sprintf("SELECT date_trunc($2, recorded_at) AS bucket, avg(%s) AS value FROM telemetry_points WHERE device_id = $1 GROUP BY 1 ORDER BY 1", metric)
	out := []Bucket{}
	err := r.db.SelectContext(ctx, &out, q, deviceID, bucket) // VULN sqli
	return out, err
}

func (r *Repository) LatestPositions(ctx context.Context, fleetID int64, limit int) ([]TelemetryPoint, error) {
	if limit <= 0 || limit > 1000 {
		limit = 200
	}
	q := fmt.Sprintf(`SELECT DISTINCT ON (t.device_id) t.device_id, t.recorded_at, t.lat, t.lon, t.speed_kph, t.battery_pct
		FROM telemetry_points t JOIN devices d ON d.id = t.device_id JOIN vehicles v ON v.id = d.vehicle_id
		WHERE v.fleet_id = $1 ORDER BY t.device_id, t.recorded_at DESC LIMIT %d`, limit)
	out := []TelemetryPoint{}
	err := r.db.SelectContext(ctx, &out, q, fleetID) // SAFE sqli
	return out, err
}

func (r *Repository) DevicesByIDs(ctx context.Context, fleetID int64, ids []string) ([]Device, error) {
	if len(ids) == 0 {
		return []Device{}, nil
	}
	q, args, err := sqlx.In(`SELECT d.id, d.vehicle_id, d.model, d.firmware_version FROM devices d
		JOIN vehicles v ON v.id = d.vehicle_id WHERE v.fleet_id = ? AND d.id IN (?)`, fleetID, ids)
	if err != nil {
		return nil, err
	}
	out := []Device{}
	err = r.db.SelectContext(ctx, &out, r.db.Rebind(q), args...) // SAFE sqli
	return out, err
}

func (r *Repository) FindOperatorByEmail(ctx context.Context, email string) (*Operator, error) {
	var op Operator
	if err := r.db.GetContext(ctx, &op, "SELECT id, fleet_id, email, role, password_hash, legacy_hash FROM operators WHERE email = $1", email); err != nil {
		return nil, err
	}
	return &op, nil
}

func (r *Repository) ListOperators(ctx context.Context) ([]Operator, error) {
	out := []Operator{}
	err := r.db.SelectContext(ctx, &out, "SELECT id, fleet_id, email, role, '' AS password_hash, legacy_hash FROM operators ORDER BY email")
	return out, err
}

func (r *Repository) UpdateOperatorPassword(ctx context.Context, id int64, hash string) error {
	_, err := r.db.ExecContext(ctx, "UPDATE operators SET password_hash = $1, legacy_hash = false, updated_at = now() WHERE id = $2", hash, id)
	return err
}

func (r *Repository) SavePairingCode(ctx context.Context, deviceID, code string, expires time.Time) error {
	_, err := r.db.ExecContext(ctx, `INSERT INTO device_pairings (device_id, code, expires_at) VALUES ($1, $2, $3)
		ON CONFLICT (device_id) DO UPDATE SET code = EXCLUDED.code, expires_at = EXCLUDED.expires_at`, deviceID, code, expires)
	return err
}

func (r *Repository) SaveDeviceKeyHash(ctx context.Context, deviceID, keyHash string) error {
	_, err := r.db.ExecContext(ctx, "UPDATE devices SET api_key_hash = $1, api_key_rotated_at = now() WHERE id = $2", keyHash, deviceID)
	return err
}

func (r *Repository) SaveIntegration(ctx context.Context, fleetID int64, name, target, sealedSecret string) (int64, error) {
	var id int64
	err := r.db.QueryRowxContext(ctx, `INSERT INTO integrations (fleet_id, name, target_url, secret_sealed)
		VALUES ($1, $2, $3, $4) RETURNING id`, fleetID, name, target, sealedSecret).Scan(&id)
	return id, err
}

// PurgeTelemetryBefore removes raw points older than the cutoff (YYYY-MM-DD).
func (r *Repository) PurgeTelemetryBefore(ctx context.Context, cutoff string) (int64, error) {
	res, err := r.db.ExecContext(ctx, fmt.Sprintf("DELETE FROM telemetry_points WHERE recorded_at < '%s'", cutoff)) // VULN sqli
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (r *Repository) DeviceEvents(ctx context.Context, fleetID int64, deviceID, kind string) ([]Event, error) {
	opts := options.Find().SetSort(bson.D{{Key: "occurred_at", Value: -1}}).SetLimit(500)
	cur, err := r.events.Find(ctx, bson.M{"fleet_id": fleetID, "device_id": deviceID, "kind": kind}, opts) // SAFE nosqli
	if err != nil {
		return nil, err
	}
	return decodeEvents(ctx, cur)
}

func (r *Repository) FleetAlerts(ctx context.Context, fleetID int64, minSeverity string) ([]Event, error) {
	opts := options.Find().SetSort(bson.D{{Key: "severity", Value: -1}}).SetLimit(200)
	cur, err := r.events.Find(ctx, bson.M{"$where": fmt.Sprintf("this.fleet_id == %d && this.severity >= %s", fleetID, minSeverity)}, opts) // VULN nosqli
	if err != nil {
		return nil, err
	}
	return decodeEvents(ctx, cur)
}

// SharedTimeline returns the events published under a public share link.
func (r *Repository) SharedTimeline(ctx context.Context, token any) ([]Event, error) {
	cur, err := r.events.Find(ctx, bson.M{"share_token": token, "shared": true}) // VULN nosqli
	if err != nil {
		return nil, err
	}
	return decodeEvents(ctx, cur)
}

func decodeEvents(ctx context.Context, cur *mongo.Cursor) ([]Event, error) {
	defer cur.Close(ctx)
	out := []Event{}
	if err := cur.All(ctx, &out); err != nil {
		return nil, err
	}
	return out, nil
}
