package security

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/gob"
	"errors"
	"strings"
	"time"
)

// PortalSession is kept client-side in the farmer portal cookie.
type PortalSession struct {
	FarmerID  int64
	Email     string
	IssuedAt  time.Time
	CSRFToken string
}

// KioskState is remembered by the scale-house touch kiosks between trucks.
type KioskState struct {
	ScaleID    string
	OperatorID string
	Role       string
	LastTicket string
	Printer    string
}

// SessionCodec encodes and authenticates portal session cookies.
type SessionCodec struct {
	key []byte
}

// NewSessionCodec requires the session key from the environment.
func NewSessionCodec(key []byte) (*SessionCodec, error) {
	if len(key) < 32 {
		return nil, errors.New("SILO_SESSION_KEY must be at least 32 bytes")
	}
	return &SessionCodec{key: key}, nil
}

func (c *SessionCodec) mac(payload []byte) []byte {
	m := hmac.New(sha256.New, c.key)
	m.Write(payload)
	return m.Sum(nil)
}

// Encode serialises and signs a session.
func (c *SessionCodec) Encode(s PortalSession) (string, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(s); err != nil {
		return "", err
	}
	payload := buf.Bytes()
	return base64.RawURLEncoding.EncodeToString(payload) + "." + base64.RawURLEncoding.EncodeToString(c.mac(payload)), nil
}

// Decode verifies the MAC before decoding the session.
func (c *SessionCodec) Decode(cookie string) (*PortalSession, error) {
	parts := strings.SplitN(cookie, ".", 2)
	if len(parts) != 2 {
		return nil, errors.New("malformed session")
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[0])
	if err != nil {
		return nil, err
	}
	sig, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return nil, err
	}
	if !hmac.Equal(sig, c.mac(payload)) {
		return nil, errors.New("bad session signature")
	}
	var s PortalSession
	if err := gob.NewDecoder(bytes.NewReader(payload)).Decode(&s); err != nil { // SAFE deser
		return nil, err
	}
	return &s, nil
}

// EncodeKiosk stores kiosk preferences in a cookie.
func EncodeKiosk(k KioskState) (string, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(k); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(buf.Bytes()), nil
}

// DecodeKiosk restores kiosk state from its cookie.
func DecodeKiosk(cookie string) (*KioskState, error) {
	raw, err := base64.StdEncoding.DecodeString(cookie)
	if err != nil {
		return nil, err
	}
	var k KioskState
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&k); err != nil { // VULN deser
		return nil, err
	}
	return &k, nil
}
