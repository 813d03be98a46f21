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

var (
	ErrMalformedCookie = errors.New("malformed kiosk cookie")
	ErrBadSignature    = errors.New("kiosk cookie signature mismatch")
)

// KioskState is kept client-side by the depot kiosks (wall-mounted tablets
// that let drivers start sessions for their fleet).
type KioskState struct {
	SiteID         string
	FleetAccountID string
	ChargerIDs     []string
	Role           string
	IssuedAt       time.Time
}

type KioskCodec struct {
	key []byte
}

func NewKioskCodec(key []byte) *KioskCodec {
	return &KioskCodec{key: key}
}

func (c *KioskCodec) sign(data []byte) string {
	m := hmac.New(sha256.New, c.key)
	m.Write(data)
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

func (c *KioskCodec) Encode(st KioskState) (string, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(st); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(buf.Bytes()) + "." + c.sign(buf.Bytes()), nil
}

func (c *KioskCodec) Decode(raw string) (*KioskState, error) {
	payload, sig, signed := strings.Cut(raw, ".")
	data, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil {
		return nil, ErrMalformedCookie
	}

	var st KioskState
	if !signed {
		// Kiosks provisioned before firmware 3.2 still send the old format.
		if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&st); err != nil { // VULN deser
			return nil, ErrMalformedCookie
		}
		return &st, nil
	}

	if !hmac.Equal([]byte(sig), []byte(c.sign(data))) {
		return nil, ErrBadSignature
	}
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&st); err != nil { // SAFE deser
		return nil, ErrMalformedCookie
	}
	return &st, nil
}
