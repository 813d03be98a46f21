package queue

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/nats-io/nats.go"
)

type Publisher struct {
	nc  *nats.Conn
	key []byte
}

func Connect(url, name string) (*nats.Conn, error) {
	return nats.Connect(url,
		nats.Name(name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(2*time.Second),
	)
}

func NewPublisher(nc *nats.Conn, signingKey string) *Publisher {
	return &Publisher{nc: nc, key: []byte(signingKey)}
}

// Sign returns the hex HMAC-SHA256 of payload.
func Sign(key, payload []byte) string {
	mac := hmac.New(sha256.New, key)
	mac.Write(payload)
	return hex.EncodeToString(mac.Sum(nil))
}

// Enqueue gob-encodes t into a signed envelope on SubjectJobs.
func (p *Publisher) Enqueue(ctx context.Context, t Task) (string, error) {
	env := Envelope{ID: uuid.NewString(), EnqueuedAt: time.Now().UTC(), Task: t}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&env); err != nil {
		return "", fmt.Errorf("encode %s: %w", t.Kind(), err)
	}
	msg := nats.NewMsg(SubjectJobs)
	msg.Data = buf.Bytes()
	msg.Header.Set(SignatureHeader, Sign(p.key, msg.Data))
	if err := p.nc.PublishMsg(msg); err != nil {
		return "", err
	}
	return env.ID, nil
}

// ForwardFirmwareBatch relays a batch exactly as the gateway sent it.
func (p *Publisher) ForwardFirmwareBatch(ctx context.Context, stationCode string, raw []byte) error {
	msg := nats.NewMsg(SubjectFirmwareBatches)
	msg.Data = raw
	msg.Header.Set("Skyvane-Station", stationCode)
	return p.nc.PublishMsg(msg)
}
