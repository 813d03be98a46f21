package rpc

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"net/http"

	"connectrpc.com/connect"

	"github.com/tramyard/depot/internal/yard"
)

const servicePath = "/tramyard.yard.v1.YardService/"

// YardServer implements the internal yard RPC service.
type YardServer struct {
	diag      *yard.Diagnostics
	telemetry *yard.TelemetryClient
}

// NewYardServer returns the yard service implementation.
func NewYardServer(diag *yard.Diagnostics, telemetry *yard.TelemetryClient) *YardServer {
	return &YardServer{diag: diag, telemetry: telemetry}
}

// RunProbe runs a diagnostic probe.
func (s *YardServer) RunProbe(ctx context.Context, req *connect.Request[ProbeRequest]) (*connect.Response[ProbeResponse], error) {
	out, err := s.diag.RunProbe(ctx, req.Msg.Unit, req.Msg.Probe)
	if errors.Is(err, yard.ErrBadUnit) {
		return nil, connect.NewError(connect.CodeInvalidArgument, err)
	}
	if err != nil {
		return nil, connect.NewError(connect.CodeInternal, err)
	}
	return connect.NewResponse(&ProbeResponse{Output: out}), nil
}

// FaultLog returns the tail of a fault log.
func (s *YardServer) FaultLog(ctx context.Context, req *connect.Request[FaultLogRequest]) (*connect.Response[FaultLogResponse], error) {
	out, err := s.diag.FaultLog(ctx, req.Msg.Unit, req.Msg.Lines)
	if err != nil {
		return nil, connect.NewError(connect.CodeInvalidArgument, err)
	}
	return connect.NewResponse(&FaultLogResponse{Log: out}), nil
}

// Snapshot proxies a live telemetry snapshot.
func (s *YardServer) Snapshot(ctx context.Context, req *connect.Request[SnapshotRequest]) (*connect.Response[TelemetryResponse], error) {
	data, err := s.telemetry.Snapshot(ctx, req.Msg.OnboardHost)
	if err != nil {
		return nil, connect.NewError(connect.CodeUnavailable, err)
	}
	return connect.NewResponse(&TelemetryResponse{Data: data}), nil
}

// UploadLogBundle stores an on-board log bundle.
func (s *YardServer) UploadLogBundle(ctx context.Context, req *connect.Request[LogBundleRequest]) (*connect.Response[LogBundleResponse], error) {
	zr, err := zip.NewReader(bytes.NewReader(req.Msg.Bundle), int64(len(req.Msg.Bundle)))
	if err != nil {
		return nil, connect.NewError(connect.CodeInvalidArgument, err)
	}
	n, err := s.diag.StoreLogBundle(zr, req.Msg.Unit)
	if err != nil {
		return nil, connect.NewError(connect.CodeInvalidArgument, err)
	}
	return connect.NewResponse(&LogBundleResponse{Files: n}), nil
}

// Handler returns an http.Handler serving every yard procedure.
func (s *YardServer) Handler(authn *Authenticator) http.Handler {
	opts := []connect.HandlerOption{
		connect.WithCodec(jsonCodec{}),
		connect.WithInterceptors(authn.Interceptor()),
		connect.WithReadMaxBytes(64 << 20),
	}
	mux := http.NewServeMux()
	mux.Handle(servicePath+"RunProbe", connect.NewUnaryHandler(servicePath+"RunProbe", s.RunProbe, opts...))
	mux.Handle(servicePath+"FaultLog", connect.NewUnaryHandler(servicePath+"FaultLog", s.FaultLog, opts...))
	mux.Handle(servicePath+"Snapshot", connect.NewUnaryHandler(servicePath+"Snapshot", s.Snapshot, opts...))
	mux.Handle(servicePath+"UploadLogBundle", connect.NewUnaryHandler(servicePath+"UploadLogBundle", s.UploadLogBundle, opts...))
	return mux
}
