package chargerrpc

import (
	"encoding/json"

	"google.golang.org/grpc/encoding"
)

// jsonCodec is registered under the "json" content-subtype; chargers call
// with content-type application/grpc+json.
type jsonCodec struct{}

func (jsonCodec) Marshal(v any) ([]byte, error)      { return json.Marshal(v) }
func (jsonCodec) Unmarshal(data []byte, v any) error { return json.Unmarshal(data, v) }
func (jsonCodec) Name() string                       { return "json" }

func init() {
	encoding.RegisterCodec(jsonCodec{})
}
