// Package messaging connects Tramyard to the depot RabbitMQ cluster.
package messaging

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"time"

	amqp "github.com/rabbitmq/amqp091-go"
)

// Dial opens a verified TLS connection to the broker.
func Dial(rawURL, caFile string) (*amqp.Connection, error) {
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, fmt.Errorf("read broker CA: %w", err)
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, errors.New("broker CA file contains no certificates")
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	return amqp.DialTLS(rawURL, &tls.Config{RootCAs: pool, ServerName: u.Hostname(), MinVersion: tls.VersionTLS12}) // SAFE tls
}

// Publisher sends JSON messages to a topic exchange.
type Publisher struct {
	ch       *amqp.Channel
	exchange string
}

// NewPublisher declares the exchange and returns a publisher on it.
func NewPublisher(conn *amqp.Connection, exchange string) (*Publisher, error) {
	ch, err := conn.Channel()
	if err != nil {
		return nil, err
	}
	if err := ch.ExchangeDeclare(exchange, "topic", true, false, false, false, nil); err != nil {
		return nil, err
	}
	return &Publisher{ch: ch, exchange: exchange}, nil
}

// PublishJSON marshals v and publishes it under routingKey.
func (p *Publisher) PublishJSON(ctx context.Context, routingKey string, v interface{}) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return p.ch.PublishWithContext(ctx, p.exchange, routingKey, false, false, amqp.Publishing{
		ContentType:  "application/json",
		DeliveryMode: amqp.Persistent,
		Timestamp:    time.Now(),
		Body:         body,
	})
}
