package chargerrpc

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"log"
	"os"
	"path/filepath"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	"github.com/voltpark/platform/internal/models"
	"github.com/voltpark/platform/internal/repository"
	"github.com/voltpark/platform/internal/service"
	"github.com/voltpark/platform/internal/util"
)

const maxLogBytes = 8 << 20

var configProfiles = map[string]string{
	"default":      "default.yaml",
	"cold-climate": "cold_climate.yaml",
	"fleet-depot":  "fleet_depot.yaml",
	"public-dc":    "public_dc.yaml",
	"load-managed": "load_managed.yaml",
}

type Server struct {
	UnimplementedChargerServiceServer
	telemetry  *repository.TelemetryRepo
	diag       *service.DiagnosticsService
	profileDir string
}

func NewServer(telemetry *repository.TelemetryRepo, diag *service.DiagnosticsService, profileDir string) *Server {
	return &Server{telemetry: telemetry, diag: diag, profileDir: profileDir}
}

type chargerIDKey struct{}

// AuthInterceptor checks the x-charger-id / x-charger-key metadata pair
// against the provisioning keys stored for each charger.
func AuthInterceptor(repo *repository.TelemetryRepo) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		md, ok := metadata.FromIncomingContext(ctx)
		if !ok || len(md.Get("x-charger-id")) != 1 || len(md.Get("x-charger-key")) != 1 {
			return nil, status.Error(codes.Unauthenticated, "charger credentials required")
		}
		id, key := md.Get("x-charger-id")[0], md.Get("x-charger-key")[0]
		want, err := repo.KeyHash(ctx, id)
		if err != nil {
			return nil, status.Error(codes.Unauthenticated, "unknown charger")
		}
		sum := sha256.Sum256([]byte(key))
		if subtle.ConstantTimeCompare([]byte(hex.EncodeToString(sum[:])), []byte(want)) != 1 {
			return nil, status.Error(codes.Unauthenticated, "bad charger key")
		}
		return handler(context.WithValue(ctx, chargerIDKey{}, id), req)
	}
}

func (s *Server) Heartbeat(ctx context.Context, req *HeartbeatRequest) (*HeartbeatResponse, error) {
	if !util.ValidChargerID(req.ChargerId) {
		return nil, status.Error(codes.InvalidArgument, "invalid charger id")
	}
	st := models.ChargerStatus(req.Status)
	if !st.Valid() {
		return nil, status.Errorf(codes.InvalidArgument, "unknown status %q", req.Status)
	}
	if err := s.telemetry.RecordHeartbeat(ctx, req.ChargerId, string(st), req.FirmwareVersion); err != nil {
		log.Printf("heartbeat %s: %v", req.ChargerId, err)
		return nil, status.Error(codes.Internal, "could not record heartbeat")
	}
	return &HeartbeatResponse{ServerTime: time.Now().Unix(), HeartbeatIntervalSec: 60}, nil
}

func (s *Server) UploadLog(ctx context.Context, req *UploadLogRequest) (*UploadLogResponse, error) {
	if !util.ValidChargerID(req.ChargerId) {
		return nil, status.Error(codes.InvalidArgument, "invalid charger id")
	}
	if len(req.Content) == 0 || len(req.Content) > maxLogBytes {
		return nil, status.Error(codes.InvalidArgument, "log must be between 1 byte and 8 MiB")
	}
	if req.FileName == "" {
		req.FileName = "charger.log"
	}
	path, err := s.diag.StoreLog(req.ChargerId, req.FileName, req.Content)
	if err != nil {
		log.Printf("store log for %s: %v", req.ChargerId, err)
		return nil, status.Error(codes.Internal, "could not store log")
	}
	return &UploadLogResponse{StoredAs: filepath.Base(path), Bytes: int64(len(req.Content))}, nil
}

func (s *Server) UploadDiagnostics(ctx context.Context, req *UploadDiagnosticsRequest) (*UploadDiagnosticsResponse, error) {
	if !util.ValidChargerID(req.ChargerId) {
		return nil, status.Error(codes.InvalidArgument, "invalid charger id")
	}
	n, err := s.diag.StoreArchive(req.ChargerId, bytes.NewReader(req.ArchiveTgz))
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "diagnostics archive rejected: %v", err)
	}
	return &UploadDiagnosticsResponse{Files: int32(n)}, nil
}

func (s *Server) GetConfigProfile(ctx context.Context, req *ConfigProfileRequest) (*ConfigProfileResponse, error) {
	file, ok := configProfiles[req.Profile]
	if !ok {
		return nil, status.Errorf(codes.NotFound, "no profile %q", req.Profile)
	}
	data, err := os.ReadFile(filepath.Join(s.profileDir, file)) // SAFE path
	if err != nil {
		return nil, status.Error(codes.Internal, "profile unavailable")
	}
	return &ConfigProfileResponse{Profile: req.Profile, Content: data}, nil
}
