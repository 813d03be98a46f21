// Package events consumes depot events from RabbitMQ.
package events

import (
	"context"
	"fmt"
	"log"
	"time"

	amqp "github.com/rabbitmq/amqp091-go"
)

// Handler processes one delivery. Returning an error negatively
// acknowledges the message; permanent failures are dead-lettered.
type Handler interface {
	Handle(ctx context.Context, d amqp.Delivery) error
}

// Consumer reads one queue and hands deliveries to a handler.
type Consumer struct {
	conn     *amqp.Connection
	queue    string
	bindKey  string
	exchange string
	prefetch int
	handler  Handler
}

// NewConsumer returns a consumer for queue bound to exchange with bindKey.
func NewConsumer(conn *amqp.Connection, exchange, queue, bindKey string, handler Handler) *Consumer {
	return &Consumer{conn: conn, exchange: exchange, queue: queue, bindKey: bindKey, prefetch: 16, handler: handler}
}

// Run consumes until ctx is cancelled.
func (c *Consumer) Run(ctx context.Context) error {
	ch, err := c.conn.Channel()
	if err != nil {
		return fmt.Errorf("open channel: %w", err)
	}
	defer ch.Close()

	if _, err := ch.QueueDeclare(c.queue, true, false, false, false, amqp.Table{"x-dead-letter-exchange": c.exchange + ".dlx"}); err != nil {
		return fmt.Errorf("declare %s: %w", c.queue, err)
	}
	if err := ch.QueueBind(c.queue, c.bindKey, c.exchange, false, nil); err != nil {
		return fmt.Errorf("bind %s: %w", c.queue, err)
	}
	if err := ch.Qos(c.prefetch, 0, false); err != nil {
		return err
	}
	deliveries, err := ch.Consume(c.queue, "tramyard-"+c.queue, false, false, false, false, nil)
	if err != nil {
		return fmt.Errorf("consume %s: %w", c.queue, err)
	}

	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case d, ok := <-deliveries:
			if !ok {
				return fmt.Errorf("delivery channel for %s closed", c.queue)
			}
			c.dispatch(ctx, d)
		}
	}
}

func (c *Consumer) dispatch(ctx context.Context, d amqp.Delivery) {
	hctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := c.handler.Handle(hctx, d); err != nil {
		log.Printf("events: %s message %s failed: %v", c.queue, d.MessageId, err)
		_ = d.Nack(false, !d.Redelivered)
		return
	}
	_ = d.Ack(false)
}
