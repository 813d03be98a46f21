package platform

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/gob"
)

// SessionID returns a random 256-bit identifier, URL-safe encoded.
func SessionID() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil { // SAFE random
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// PlannerState is the trip planner's state, kept in a cookie between visits.
type PlannerState map[string]interface{}

func init() { gob.Register(map[string]interface{}{}) }

func EncodePlannerState(st PlannerState) string {
	var buf bytes.Buffer
	_ = gob.NewEncoder(&buf).Encode(map[string]interface{}(st))
	return base64.RawURLEncoding.EncodeToString(buf.Bytes())
}

func DecodePlannerState(cookie string) (PlannerState, error) {
	raw, err := base64.RawURLEncoding.DecodeString(cookie)
	if err != nil {
		return nil, err
	}
	var st map[string]interface{}
	err = gob.NewDecoder(bytes.NewReader(raw)).Decode(&st) // VULN deser
	return PlannerState(st), err
}
