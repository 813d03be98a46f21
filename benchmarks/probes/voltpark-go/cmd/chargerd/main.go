package main

import (
	"context"
	"flag"
	"log"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/keepalive"

	"github.com/voltpark/platform/internal/chargerrpc"
	"github.com/voltpark/platform/internal/config"
	"github.com/voltpark/platform/internal/repository"
	"github.com/voltpark/platform/internal/service"
	"github.com/voltpark/platform/internal/store"
)

func main() {
	cfgPath := flag.String("config", "/etc/voltpark/chargerd.yaml", "path to the configuration file")
	flag.Parse()

	cfg, err := config.Load(*cfgPath)
	if err != nil {
		log.Fatalf("config: %v", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	st, err := store.Open(ctx, cfg.PostgresDSN, "", "")
	if err != nil {
		log.Fatalf("store: %v", err)
	}
	defer st.Close(context.Background())

	creds, err := credentials.NewServerTLSFromFile(cfg.GRPCCertFile, cfg.GRPCKeyFile)
	if err != nil {
		log.Fatalf("grpc tls: %v", err)
	}
	telemetry := repository.NewTelemetryRepo(st.Pool)
	srv := grpc.NewServer(
		grpc.Creds(creds),
		grpc.UnaryInterceptor(chargerrpc.AuthInterceptor(telemetry)),
		grpc.MaxRecvMsgSize(300<<20),
		grpc.KeepaliveParams(keepalive.ServerParameters{Time: 2 * time.Minute, Timeout: 20 * time.Second}),
	)
	chargerrpc.RegisterChargerServiceServer(srv, chargerrpc.NewServer(
		telemetry,
		service.NewDiagnosticsService(cfg.DiagnosticsDir),
		cfg.ProfileDir,
	))

	go func() {
		ticker := time.NewTicker(time.Minute)
		defer ticker.Stop()
		for {
			select {
			case <-ctx.Done():
				srv.GracefulStop()
				return
			case <-ticker.C:
				if n, err := telemetry.MarkOffline(ctx, 5*time.Minute); err != nil {
					log.Printf("mark offline: %v", err)
				} else if n > 0 {
					log.Printf("%d chargers marked offline", n)
				}
			}
		}
	}()

	lis, err := net.Listen("tcp", cfg.GRPCAddr)
	if err != nil {
		log.Fatalf("listen: %v", err)
	}
	log.Printf("voltpark chargerd listening on %s", cfg.GRPCAddr)
	if err := srv.Serve(lis); err != nil {
		log.Fatalf("serve: %v", err)
	}
}
