package queue

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/google/uuid"
	"github.com/segmentio/kafka-go"

	"github.com/voltpark/platform/internal/events"
)

// TLSConfig builds the client TLS configuration used for the Kafka cluster.
// The brokers present certificates issued by the internal CA.
func TLSConfig(caFile string) (*tls.Config, error) {
	if caFile == "" {
		return nil, nil
	}
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, fmt.Errorf("read kafka CA: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("kafka CA %s contains no certificates", caFile)
	}
	return &tls.Config{MinVersion: tls.VersionTLS12, RootCAs: pool}, nil // SAFE tls
}

// Publisher writes JSON envelopes to Kafka topics.
type Publisher struct {
	w *kafka.Writer
}

func NewPublisher(brokers []string, tlsCfg *tls.Config) *Publisher {
	return &Publisher{w: &kafka.Writer{
		Addr:                   kafka.TCP(brokers...),
		Balancer:               &kafka.Hash{},
		RequiredAcks:           kafka.RequireAll,
		BatchTimeout:           50 * time.Millisecond,
		AllowAutoTopicCreation: false,
		Transport:              &kafka.Transport{TLS: tlsCfg, DialTimeout: 10 * time.Second},
	}}
}

// Publish marshals payload into an envelope and writes it to topic. The key
// controls partitioning, so events for the same account stay ordered.
func (p *Publisher) Publish(ctx context.Context, topic, key string, payload any) error {
	body, err := json.Marshal(payload)
	if err != nil {
		return fmt.Errorf("marshal %s payload: %w", topic, err)
	}
	env := events.Envelope{
		Type:       topic,
		ID:         uuid.NewString(),
		OccurredAt: time.Now().UTC(),
		Payload:    body,
	}
	raw, err := json.Marshal(env)
	if err != nil {
		return err
	}
	return p.w.WriteMessages(ctx, kafka.Message{Topic: topic, Key: []byte(key), Value: raw})
}

func (p *Publisher) Close() error {
	return p.w.Close()
}
