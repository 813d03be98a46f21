package roaming

import (
	"crypto/rsa"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/cors"
	"github.com/gofiber/fiber/v2/middleware/recover"
	"github.com/golang-jwt/jwt/v5"

	"github.com/voltpark/platform/internal/config"
	"github.com/voltpark/platform/internal/repository"
)

// Server is the OCPI 2.2 endpoint for roaming partners plus the small
// partner portal used by their support staff.
type Server struct {
	app        *fiber.App
	partners   *PartnerStore
	client     *OCPIClient
	cdrs       *CDRService
	agreements *AgreementService
	tariffs    *repository.TariffRepo
	portalKey  *rsa.PublicKey
}

// PortalClaims are issued by the partner identity provider.
type PortalClaims struct {
	PartyID       string `json:"party_id"`
	PartnerDomain string `json:"partner_domain"`
	jwt.RegisteredClaims
}

func NewServer(cfg *config.Config, partners *PartnerStore, client *OCPIClient, cdrs *CDRService,
	agreements *AgreementService, tariffs *repository.TariffRepo, portalKey *rsa.PublicKey) *Server {
	s := &Server{
		partners:   partners,
		client:     client,
		cdrs:       cdrs,
		agreements: agreements,
		tariffs:    tariffs,
		portalKey:  portalKey,
	}
	app := fiber.New(fiber.Config{
		AppName:      "voltpark-roaming",
		BodyLimit:    16 << 20,
		ReadTimeout:  15 * time.Second,
		WriteTimeout: 30 * time.Second,
		ErrorHandler: errorHandler,
	})
	app.Use(recover.New())
	app.Use(cors.New(cors.Config{AllowOrigins: strings.Join(cfg.AllowedOrigins, ","), AllowCredentials: true, AllowHeaders: "Authorization, Content-Type"})) // SAFE cors

	ocpi := app.Group("/ocpi/2.2", s.tokenAuth)
	ocpi.Post("/credentials", s.postCredentials)
	ocpi.Get("/agreements", s.getAgreements)
	ocpi.Get("/agreements/tariffs", s.getContractedTariffs)
	ocpi.Post("/cdrs/legacy-xml", s.importLegacyCDRs)
	ocpi.Post("/cdrs/batch", s.importBatchCDRs)
	ocpi.Put("/tariffs/:tariffID/push", s.pushTariff)

	portal := app.Group("/portal", s.portalAuth)
	portal.Get("/remote-start/complete", s.completeRemoteStart)

	s.app = app
	return s
}

func (s *Server) Listen(addr string) error { return s.app.Listen(addr) }

func (s *Server) Shutdown() error { return s.app.Shutdown() }

func errorHandler(c *fiber.Ctx, err error) error {
	code := fiber.StatusInternalServerError
	var fe *fiber.Error
	if errors.As(err, &fe) {
		code = fe.Code
	}
	return c.Status(code).JSON(fiber.Map{
		"status_code":    2000 + code%1000,
		"status_message": err.Error(),
		"timestamp":      time.Now().UTC(),
	})
}

// tokenAuth implements OCPI "Authorization: Token <token>".
func (s *Server) tokenAuth(c *fiber.Ctx) error {
	h := c.Get(fiber.HeaderAuthorization)
	token, ok := strings.CutPrefix(h, "Token ")
	if !ok || token == "" {
		return fiber.NewError(fiber.StatusUnauthorized, "missing OCPI token")
	}
	p, err := s.partners.ByToken(c.UserContext(), token)
	if err != nil {
		return fiber.NewError(fiber.StatusUnauthorized, "unknown OCPI token")
	}
	c.Locals("partner", p)
	return c.Next()
}

// portalAuth verifies RS256 tokens from the partner identity provider.
func (s *Server) portalAuth(c *fiber.Ctx) error {
	raw, ok := strings.CutPrefix(c.Get(fiber.HeaderAuthorization), "Bearer ")
	if !ok {
		raw = c.Cookies("vp_partner")
	}
	claims := &PortalClaims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (any, error) { // SAFE jwt
		if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
			return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
		}
		return s.portalKey, nil
	}, jwt.WithExpirationRequired())
	if err != nil {
		return fiber.NewError(fiber.StatusUnauthorized, "invalid portal token")
	}
	c.Locals("portal", claims)
	return c.Next()
}

func partnerFrom(c *fiber.Ctx) *Partner {
	p, _ := c.Locals("partner").(*Partner)
	return p
}
