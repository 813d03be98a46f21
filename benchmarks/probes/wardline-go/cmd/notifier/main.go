package main

import (
	"context"
	"flag"
	"log"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/recover"

	"github.com/wardline/wardline/internal/config"
	"github.com/wardline/wardline/internal/db"
	"github.com/wardline/wardline/internal/notifier"
)

func main() {
	cfgPath := flag.String("config", "/etc/wardline/notifier.yaml", "path to the YAML config")
	flag.Parse()
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		log.Fatalf("config: %v", err)
	}
	sqlDB, err := db.OpenNotifierDB(cfg.DatabaseURL)
	if err != nil {
		log.Fatalf("postgres: %v", err)
	}
	mongoClient, err := db.OpenMongo(context.Background(), cfg.MongoURI)
	if err != nil {
		log.Fatalf("mongo: %v", err)
	}
	store := notifier.NewStore(sqlDB, mongoClient.Database(cfg.MongoDB))
	h := notifier.NewHandlers(cfg, store, notifier.NewSender(cfg.FaxSpoolDir, cfg.PortalURL))

	app := fiber.New(fiber.Config{AppName: "wardline-notifier", BodyLimit: 8 << 20})
	app.Use(recover.New())
	app.Get("/status", func(c *fiber.Ctx) error { return c.JSON(fiber.Map{"ok": true}) })
	h.Register(app.Group("/api", notifier.CORS))
	log.Fatal(app.Listen(cfg.NotifierAddr))
}
