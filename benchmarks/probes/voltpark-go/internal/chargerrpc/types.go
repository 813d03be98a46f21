// Hand-maintained equivalents of the types protoc would generate from
// proto/charger/v1/charger.proto. Messages travel as JSON (see codec.go)
// because the charger firmware ships a minimal gRPC stack without protobuf.
package chargerrpc

import (
	"context"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

type HeartbeatRequest struct {
	ChargerId       string            `json:"charger_id"`
	Status          string            `json:"status"`
	FirmwareVersion string            `json:"firmware_version"`
	Connectors      map[string]string `json:"connectors,omitempty"`
}

type HeartbeatResponse struct {
	ServerTime           int64 `json:"server_time"`
	HeartbeatIntervalSec int32 `json:"heartbeat_interval_sec"`
}

type UploadLogRequest struct {
	ChargerId string `json:"charger_id"`
	FileName  string `json:"file_name"`
	Content   []byte `json:"content"`
}

type UploadLogResponse struct {
	StoredAs string `json:"stored_as"`
	Bytes    int64  `json:"bytes"`
}

type UploadDiagnosticsRequest struct {
	ChargerId  string `json:"charger_id"`
	ArchiveTgz []byte `json:"archive_tgz"`
}

type UploadDiagnosticsResponse struct {
	Files int32 `json:"files"`
}

type ConfigProfileRequest struct {
	ChargerId string `json:"charger_id"`
	Profile   string `json:"profile"`
}

type ConfigProfileResponse struct {
	Profile string `json:"profile"`
	Content []byte `json:"content"`
}

type ChargerServiceServer interface {
	Heartbeat(context.Context, *HeartbeatRequest) (*HeartbeatResponse, error)
	UploadLog(context.Context, *UploadLogRequest) (*UploadLogResponse, error)
	UploadDiagnostics(context.Context, *UploadDiagnosticsRequest) (*UploadDiagnosticsResponse, error)
	GetConfigProfile(context.Context, *ConfigProfileRequest) (*ConfigProfileResponse, error)
}

type UnimplementedChargerServiceServer struct{}

func (UnimplementedChargerServiceServer) Heartbeat(context.Context, *HeartbeatRequest) (*HeartbeatResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method Heartbeat not implemented")
}
func (UnimplementedChargerServiceServer) UploadLog(context.Context, *UploadLogRequest) (*UploadLogResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method UploadLog not implemented")
}
func (UnimplementedChargerServiceServer) UploadDiagnostics(context.Context, *UploadDiagnosticsRequest) (*UploadDiagnosticsResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method UploadDiagnostics not implemented")
}
func (UnimplementedChargerServiceServer) GetConfigProfile(context.Context, *ConfigProfileRequest) (*ConfigProfileResponse, error) {
	return nil, status.Error(codes.Unimplemented, "method GetConfigProfile not implemented")
}

const serviceName = "voltpark.charger.v1.ChargerService"

func RegisterChargerServiceServer(s grpc.ServiceRegistrar, srv ChargerServiceServer) {
	s.RegisterService(&ChargerService_ServiceDesc, srv)
}

func unaryHandler[Req any](method string, call func(ChargerServiceServer, context.Context, *Req) (any, error)) grpc.MethodDesc {
	return grpc.MethodDesc{
		MethodName: method,
		Handler: func(srv any, ctx context.Context, dec func(any) error, interceptor grpc.UnaryServerInterceptor) (any, error) {
			in := new(Req)
			if err := dec(in); err != nil {
				return nil, err
			}
			if interceptor == nil {
				return call(srv.(ChargerServiceServer), ctx, in)
			}
			info := &grpc.UnaryServerInfo{Server: srv, FullMethod: "/" + serviceName + "/" + method}
			handler := func(ctx context.Context, req any) (any, error) {
				return call(srv.(ChargerServiceServer), ctx, req.(*Req))
			}
			return interceptor(ctx, in, info, handler)
		},
	}
}

var ChargerService_ServiceDesc = grpc.ServiceDesc{
	ServiceName: serviceName,
	HandlerType: (*ChargerServiceServer)(nil),
	Methods: []grpc.MethodDesc{
		unaryHandler("Heartbeat", func(s ChargerServiceServer, ctx context.Context, r *HeartbeatRequest) (any, error) {
			return s.Heartbeat(ctx, r)
		}),
		unaryHandler("UploadLog", func(s ChargerServiceServer, ctx context.Context, r *UploadLogRequest) (any, error) {
			return s.UploadLog(ctx, r)
		}),
		unaryHandler("UploadDiagnostics", func(s ChargerServiceServer, ctx context.Context, r *UploadDiagnosticsRequest) (any, error) {
			return s.UploadDiagnostics(ctx, r)
		}),
		unaryHandler("GetConfigProfile", func(s ChargerServiceServer, ctx context.Context, r *ConfigProfileRequest) (any, error) {
			return s.GetConfigProfile(ctx, r)
		}),
	},
	Streams:  []grpc.StreamDesc{},
	Metadata: "proto/charger/v1/charger.proto",
}
