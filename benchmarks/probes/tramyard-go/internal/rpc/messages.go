// Package rpc exposes the internal Yard service used by the wayside
// controllers and workshop terminals over Connect.
package rpc

import (
	"encoding/json"
)

type ProbeRequest struct {
	Unit  string `json:"unit"`
	Probe string `json:"probe"`
}

type ProbeResponse struct {
	Output string `json:"output"`
}

type FaultLogRequest struct {
	Unit  string `json:"unit"`
	Lines int    `json:"lines"`
}

type FaultLogResponse struct {
	Log string `json:"log"`
}

type SnapshotRequest struct {
	Unit        string `json:"unit"`
	OnboardHost string `json:"onboardHost"`
}

type TelemetryResponse struct {
	Data []byte `json:"data"`
}

type LogBundleRequest struct {
	Unit   string `json:"unit"`
	Bundle []byte `json:"bundle"`
}

type LogBundleResponse struct {
	Files int `json:"files"`
}

// jsonCodec lets the yard service exchange plain Go structs as JSON, which
// the embedded wayside controllers can produce without protobuf tooling.
type jsonCodec struct{}

func (jsonCodec) Name() string { return "json" }

func (jsonCodec) Marshal(v any) ([]byte, error) { return json.Marshal(v) }

func (jsonCodec) Unmarshal(data []byte, v any) error { return json.Unmarshal(data, v) }
