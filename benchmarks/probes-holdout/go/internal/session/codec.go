// Package session encodes the public site's cookie session.
package session

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

// Session is the state kept in the guest's cookie.
type Session struct {
	CustomerID   int64
	Email        string
	InstructorID int64
	Staff        bool
	CSRFToken    string
	IssuedAt     time.Time
}

// ErrInvalid is returned for a tampered or malformed cookie.
var ErrInvalid = errors.New("session: invalid cookie")

// Codec signs and verifies session cookies.
type Codec struct {
	key []byte
}

// NewCodec returns a codec keyed with the configured session secret.
func NewCodec(key []byte) *Codec {
	return &Codec{key: key}
}

// Encode serialises and signs a session as "payload.signature".
func (c *Codec) Encode(s Session) (string, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(s); err != nil {
		return "", err
	}
	payload := base64.RawURLEncoding.EncodeToString(buf.Bytes())
	return payload + "." + c.sign(payload), nil
}

// Decode verifies the signature and deserialises the session.
func (c *Codec) Decode(value string) (Session, error) {
	var s Session
	payload, sig, ok := strings.Cut(value, ".")
	if !ok || !hmac.Equal([]byte(sig), []byte(c.sign(payload))) {
		return s, ErrInvalid
	}
	raw, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil {
		return s, ErrInvalid
	}
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&s); err != nil { // SAFE deser
		return s, ErrInvalid
	}
	return s, nil
}

// DecodeLegacy reads cookies issued before sessions were signed (pre-2023
// app releases) so that long-lived mobile logins keep working.
func (c *Codec) DecodeLegacy(value string) (Session, error) {
	var s Session
	raw, err := base64.StdEncoding.DecodeString(value)
	if err != nil {
		return s, ErrInvalid
	}
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&s); err != nil { // VULN deser
		return s, ErrInvalid
	}
	return s, nil
}

func (c *Codec) sign(payload string) string {
	mac := hmac.New(sha256.New, c.key)
	mac.Write([]byte(payload))
	return base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}
