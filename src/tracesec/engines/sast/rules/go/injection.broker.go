package worker

import (
	"bytes"
	"crypto/hmac"
	"encoding/gob"

	"github.com/IBM/sarama"
	"github.com/nats-io/nats.go"
	amqp "github.com/rabbitmq/amqp091-go"
)

type Batch struct {
	Readings []float64
	FollowUp interface{}
}

type Consumer struct {
	key []byte
}

func (c *Consumer) onBatch(msg *nats.Msg) {
	var batch Batch
	// ruleid: trace.go.deserialization.untrusted-gob
	gob.NewDecoder(bytes.NewReader(msg.Data)).Decode(&batch)
}

func (c *Consumer) onSignedJob(msg *nats.Msg) {
	if err := c.verify(msg); err != nil {
		return
	}
	var batch Batch
	// ok: trace.go.deserialization.untrusted-gob
	gob.NewDecoder(bytes.NewReader(msg.Data)).Decode(&batch)
}

func (c *Consumer) onCheckedDelivery(d amqp.Delivery) {
	if !hmac.Equal([]byte(d.Headers["sig"].(string)), c.sign(d.Body)) {
		return
	}
	var batch Batch
	// ok: trace.go.deserialization.untrusted-gob
	gob.NewDecoder(bytes.NewReader(d.Body)).Decode(&batch)
}

func (c *Consumer) onDelivery(d amqp.Delivery) {
	var batch Batch
	// ruleid: trace.go.deserialization.untrusted-gob
	gob.NewDecoder(bytes.NewReader(d.Body)).Decode(&batch)
}

func (c *Consumer) ConsumeClaim(msg *sarama.ConsumerMessage) {
	var batch Batch
	// ruleid: trace.go.deserialization.untrusted-gob
	gob.NewDecoder(bytes.NewReader(msg.Value)).Decode(&batch)
}

func (c *Consumer) fromDisk(path string) {
	var batch Batch
	// ok: trace.go.deserialization.untrusted-gob
	gob.NewDecoder(bytes.NewReader([]byte(path))).Decode(&batch)
}
