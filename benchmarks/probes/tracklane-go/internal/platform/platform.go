// Package platform wires shared infrastructure clients.
package platform

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/IBM/sarama"
	"github.com/doug-martin/goqu/v9"
	_ "github.com/doug-martin/goqu/v9/dialect/postgres"
	_ "github.com/lib/pq"
	"github.com/redis/go-redis/v9"
)

// OpenPostgres opens the primary database pool and verifies connectivity.
func OpenPostgres(dsn string) (*sql.DB, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	db.SetMaxOpenConns(25)
	db.SetMaxIdleConns(5)
	db.SetConnMaxLifetime(30 * time.Minute)

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("ping postgres: %w", err)
	}
	return db, nil
}

// Goqu wraps the pool in a goqu database using the postgres dialect.
func Goqu(db *sql.DB) *goqu.Database {
	return goqu.New("postgres", db)
}

// OpenRedis connects to the cache used for share links, sessions and rate limits.
func OpenRedis(addr, password string) (*redis.Client, error) {
	rdb := redis.NewClient(&redis.Options{
		Addr:         addr,
		Password:     password,
		DB:           0,
		DialTimeout:  3 * time.Second,
		ReadTimeout:  2 * time.Second,
		WriteTimeout: 2 * time.Second,
	})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if err := rdb.Ping(ctx).Err(); err != nil {
		return nil, fmt.Errorf("ping redis: %w", err)
	}
	return rdb, nil
}

// Kafka topics used across Tracklane services.
const (
	TopicTelemetry     = "tracklane.wagon.telemetry"
	TopicDefects       = "tracklane.wagon.defects"
	TopicStatusChanges = "tracklane.wagon.status"
	TopicJobs          = "tracklane.jobs"
)

// Publisher sends JSON encoded events to Kafka.
type Publisher struct {
	producer sarama.SyncProducer
}

// NewPublisher creates a synchronous producer with idempotent delivery.
func NewPublisher(brokers []string) (*Publisher, error) {
	cfg := sarama.NewConfig()
	cfg.Version = sarama.V2_8_0_0
	cfg.Producer.Return.Successes = true
	cfg.Producer.RequiredAcks = sarama.WaitForAll
	cfg.Producer.Idempotent = true
	cfg.Net.MaxOpenRequests = 1
	cfg.Producer.Retry.Max = 5

	producer, err := sarama.NewSyncProducer(brokers, cfg)
	if err != nil {
		return nil, fmt.Errorf("kafka producer: %w", err)
	}
	return &Publisher{producer: producer}, nil
}

// Publish encodes v as JSON and writes it to topic with the given key.
func (p *Publisher) Publish(topic, key string, v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, _, err = p.producer.SendMessage(&sarama.ProducerMessage{
		Topic: topic,
		Key:   sarama.StringEncoder(key),
		Value: sarama.ByteEncoder(body),
	})
	return err
}

// Close flushes and closes the producer.
func (p *Publisher) Close() error {
	return p.producer.Close()
}

// ConsumerConfig returns the sarama configuration shared by worker consumer groups.
func ConsumerConfig() *sarama.Config {
	cfg := sarama.NewConfig()
	cfg.Version = sarama.V2_8_0_0
	cfg.Consumer.Offsets.Initial = sarama.OffsetOldest
	cfg.Consumer.Group.Rebalance.GroupStrategies = []sarama.BalanceStrategy{sarama.NewBalanceStrategySticky()}
	cfg.Consumer.Return.Errors = true
	return cfg
}
