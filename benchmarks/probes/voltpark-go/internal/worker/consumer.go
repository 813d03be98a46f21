package worker

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/voltpark/platform/internal/events"
	"github.com/voltpark/platform/internal/util"
)

type Handler func(ctx context.Context, env events.Envelope) error

// Consumer reads the topics the API publishes to and dispatches each message
// to its handler. Messages are committed after handling, even on failure,
// so a poison message cannot block a partition.
type Consumer struct {
	brokers []string
	groupID string
	dialer  *kafka.Dialer
	routes  map[string]Handler
}

func NewConsumer(brokers []string, groupID string, tlsCfg *tls.Config) *Consumer {
	return &Consumer{
		brokers: brokers,
		groupID: groupID,
		dialer:  &kafka.Dialer{Timeout: 10 * time.Second, DualStack: true, TLS: tlsCfg},
		routes:  make(map[string]Handler),
	}
}

func (c *Consumer) Handle(topic string, h Handler) {
	c.routes[topic] = h
}

func (c *Consumer) newReader(topic string) *kafka.Reader {
	return kafka.NewReader(kafka.ReaderConfig{
		Brokers:        c.brokers,
		GroupID:        c.groupID,
		Topic:          topic,
		Dialer:         c.dialer,
		MinBytes:       1,
		MaxBytes:       10 << 20,
		MaxWait:        2 * time.Second,
		StartOffset:    kafka.FirstOffset,
		CommitInterval: 0,
	})
}

func (c *Consumer) Run(ctx context.Context) error {
	if len(c.routes) == 0 {
		return errors.New("no topics registered")
	}
	var wg sync.WaitGroup
	errCh := make(chan error, len(c.routes))
	for topic, h := range c.routes {
		wg.Add(1)
		go func(topic string, h Handler) {
			defer wg.Done()
			if err := c.consume(ctx, topic, h); err != nil {
				errCh <- fmt.Errorf("%s: %w", topic, err)
			}
		}(topic, h)
	}
	wg.Wait()
	close(errCh)
	return <-errCh
}

func (c *Consumer) consume(ctx context.Context, topic string, h Handler) error {
	r := c.newReader(topic)
	defer r.Close()
	for {
		msg, err := r.FetchMessage(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		var env events.Envelope
		if err := json.Unmarshal(msg.Value, &env); err != nil {
			log.Printf("%s@%d: undecodable envelope: %v", topic, msg.Offset, err)
		} else if err := c.handleWithRetry(ctx, h, env); err != nil {
			log.Printf("%s@%d (%s): giving up: %v", topic, msg.Offset, env.ID, err)
		}
		if err := r.CommitMessages(ctx, msg); err != nil {
			return fmt.Errorf("commit: %w", err)
		}
	}
}

func (c *Consumer) handleWithRetry(ctx context.Context, h Handler, env events.Envelope) error {
	delay := 500 * time.Millisecond
	var err error
	for attempt := 1; attempt <= 4; attempt++ {
		if err = h(ctx, env); err == nil {
			return nil
		}
		var perm permanentError
		if errors.As(err, &perm) {
			return err
		}
		log.Printf("handler for %s failed (attempt %d): %v", env.ID, attempt, err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(util.Jitter(delay)):
		}
		delay *= 2
	}
	return err
}

// permanentError marks failures that retrying cannot fix.
type permanentError struct{ error }

func permanent(format string, args ...any) error {
	return permanentError{fmt.Errorf(format, args...)}
}
