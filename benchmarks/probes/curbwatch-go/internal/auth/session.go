package auth

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

var ErrBadSession = errors.New("invalid session")

// CounterSession is kept by the service-counter terminals at City Hall.
type CounterSession struct {
	ClerkBadge string
	Station    string
	CanRefund  bool
	OpenedAt   time.Time
}

// StaffSession is the portal's browser session for hearing officers.
type StaffSession struct {
	Badge     string
	Name      string
	Roles     []string
	ExpiresAt time.Time
}

func EncodeCounterSession(s CounterSession) (string, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(s); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(buf.Bytes()), nil
}

// DecodeCounterSession restores the counter terminal state from its cookie.
func DecodeCounterSession(cookie string) (*CounterSession, error) {
	raw, err := base64.RawURLEncoding.DecodeString(cookie)
	if err != nil {
		return nil, ErrBadSession
	}
	var s CounterSession
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&s); err != nil { // VULN deser
		return nil, ErrBadSession
	}
	return &s, nil
}

// SessionCodec signs staff sessions with an HMAC key.
type SessionCodec struct {
	key []byte
}

func NewSessionCodec(key []byte) *SessionCodec {
	return &SessionCodec{key: key}
}

func (c *SessionCodec) Encode(s StaffSession) (string, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(s); err != nil {
		return "", err
	}
	mac := hmac.New(sha256.New, c.key)
	mac.Write(buf.Bytes())
	return base64.RawURLEncoding.EncodeToString(buf.Bytes()) + "." +
		base64.RawURLEncoding.EncodeToString(mac.Sum(nil)), nil
}

func (c *SessionCodec) Decode(cookie string) (*StaffSession, error) {
	payloadPart, sigPart, ok := strings.Cut(cookie, ".")
	if !ok {
		return nil, ErrBadSession
	}
	payload, err := base64.RawURLEncoding.DecodeString(payloadPart)
	if err != nil {
		return nil, ErrBadSession
	}
	sig, err := base64.RawURLEncoding.DecodeString(sigPart)
	if err != nil {
		return nil, ErrBadSession
	}
	mac := hmac.New(sha256.New, c.key)
	mac.Write(payload)
	if !hmac.Equal(sig, mac.Sum(nil)) {
		return nil, ErrBadSession
	}
	var s StaffSession
	if err := gob.NewDecoder(bytes.NewReader(payload)).Decode(&s); err != nil { // SAFE deser
		return nil, ErrBadSession
	}
	if time.Now().After(s.ExpiresAt) {
		return nil, ErrBadSession
	}
	return &s, nil
}
