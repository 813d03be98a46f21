package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/segmentio/kafka-go"
)

// Publisher writes JSON events to Kafka topics.
type Publisher struct {
	writers map[string]*kafka.Writer
	brokers []string
}

func NewPublisher(brokers []string, topics ...string) *Publisher {
	p := &Publisher{writers: make(map[string]*kafka.Writer), brokers: brokers}
	for _, t := range topics {
		p.writers[t] = &kafka.Writer{
			Addr:         kafka.TCP(brokers...),
			Topic:        t,
			Balancer:     &kafka.Hash{},
			RequiredAcks: kafka.RequireAll,
			BatchTimeout: 50 * time.Millisecond,
		}
	}
	return p
}

// Publish serialises v and writes it keyed by key.
func (p *Publisher) Publish(ctx context.Context, topic, key string, v any) error {
	w, ok := p.writers[topic]
	if !ok {
		return fmt.Errorf("publisher: unknown topic %q", topic)
	}
	payload, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return w.WriteMessages(ctx, kafka.Message{Key: []byte(key), Value: payload, Time: time.Now()})
}

func (p *Publisher) Close() error {
	var first error
	for _, w := range p.writers {
		if err := w.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// HandlerFunc processes one message. Returning an error leaves the offset uncommitted.
type HandlerFunc func(ctx context.Context, msg kafka.Message) error

// Consumer runs a consumer-group loop for one topic.
type Consumer struct {
	reader  *kafka.Reader
	handler HandlerFunc
	log     *slog.Logger
	backoff func(attempt int) time.Duration
}

func NewConsumer(brokers []string, groupID, topic string, h HandlerFunc, log *slog.Logger, backoff func(int) time.Duration) *Consumer {
	return &Consumer{
		reader: kafka.NewReader(kafka.ReaderConfig{
			Brokers:        brokers,
			GroupID:        groupID,
			Topic:          topic,
			MinBytes:       1,
			MaxBytes:       10 << 20,
			CommitInterval: 0,
		}),
		handler: h,
		log:     log.With("topic", topic),
		backoff: backoff,
	}
}

func (c *Consumer) Run(ctx context.Context) error {
	defer c.reader.Close()
	for {
		msg, err := c.reader.FetchMessage(ctx)
		if err != nil {
			if errors.Is(err, context.Canceled) {
				return nil
			}
			return err
		}
		for attempt := 1; ; attempt++ {
			err = c.handler(ctx, msg)
			if err == nil || attempt >= 5 {
				break
			}
			c.log.Warn("handler failed, retrying", "offset", msg.Offset, "attempt", attempt, "err", err)
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(c.backoff(attempt)):
			}
		}
		if err != nil {
			c.log.Error("giving up on message", "offset", msg.Offset, "err", err)
		}
		if err := c.reader.CommitMessages(ctx, msg); err != nil {
			return err
		}
	}
}
