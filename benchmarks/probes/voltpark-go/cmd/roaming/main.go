package main

import (
	"context"
	"flag"
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/golang-jwt/jwt/v5"

	"github.com/voltpark/platform/internal/config"
	"github.com/voltpark/platform/internal/repository"
	"github.com/voltpark/platform/internal/roaming"
	"github.com/voltpark/platform/internal/store"
)

func main() {
	cfgPath := flag.String("config", "/etc/voltpark/roaming.yaml", "path to the configuration file")
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

	agreements, err := roaming.LoadAgreements(cfg.AgreementsFile)
	if err != nil {
		log.Fatalf("agreements: %v", err)
	}
	pemBytes, err := os.ReadFile(cfg.PortalKeyFile)
	if err != nil {
		log.Fatalf("portal key: %v", err)
	}
	portalKey, err := jwt.ParseRSAPublicKeyFromPEM(pemBytes)
	if err != nil {
		log.Fatalf("portal key: %v", err)
	}

	srv := roaming.NewServer(cfg,
		roaming.NewPartnerStore(st.SQLX),
		roaming.NewOCPIClient(cfg.PartnerDomain, cfg.PartnerHosts),
		roaming.NewCDRService(st.SQL),
		agreements,
		repository.NewTariffRepo(st.SQL),
		portalKey,
	)

	go func() {
		<-ctx.Done()
		if err := srv.Shutdown(); err != nil {
			log.Printf("shutdown: %v", err)
		}
	}()
	log.Printf("voltpark roaming listening on %s", cfg.RoamingAddr)
	if err := srv.Listen(cfg.RoamingAddr); err != nil {
		log.Fatalf("listen: %v", err)
	}
}
