package roaming

import (
	"bytes"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/voltpark/platform/internal/util"
)

func ocpiOK(c *fiber.Ctx, data any) error {
	return c.JSON(fiber.Map{
		"data":           data,
		"status_code":    1000,
		"status_message": "Success",
		"timestamp":      time.Now().UTC(),
	})
}

type credentialsBody struct {
	Token string `json:"token"`
	URL   string `json:"url"`
	Roles []struct {
		Role        string `json:"role"`
		PartyID     string `json:"party_id"`
		CountryCode string `json:"country_code"`
	} `json:"roles"`
}

// postCredentials is step two of the OCPI credentials handshake: the partner
// tells us its versions URL and the token we must use when calling it.
func (s *Server) postCredentials(c *fiber.Ctx) error {
	p := partnerFrom(c)
	var body credentialsBody
	if err := c.BodyParser(&body); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "invalid credentials object")
	}
	if body.Token == "" || body.URL == "" {
		return fiber.NewError(fiber.StatusBadRequest, "token and url are required")
	}
	versions, err := s.client.FetchVersions(c.UserContext(), body.URL, body.Token)
	if err != nil {
		return fiber.NewError(fiber.StatusBadGateway, err.Error())
	}
	tariffsEndpoint := ""
	for _, v := range versions {
		if v.Version == "2.2" || v.Version == "2.2.1" {
			tariffsEndpoint = v.URL + "/tariffs"
		}
	}
	if err := s.partners.UpdateEndpoints(c.UserContext(), p.ID, body.URL, tariffsEndpoint, body.Token); err != nil {
		return err
	}
	return ocpiOK(c, fiber.Map{"versions": versions, "party_id": p.PartyID})
}

func (s *Server) getAgreements(c *fiber.Ctx) error {
	p := partnerFrom(c)
	country := c.Query("country", p.CountryCode)
	list, err := s.agreements.ForPartner(p.PartyID, country)
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	return ocpiOK(c, list)
}

func (s *Server) getContractedTariffs(c *fiber.Ctx) error {
	p := partnerFrom(c)
	list, err := s.agreements.ContractedTariffs(p.PartyID, c.Query("country", p.CountryCode))
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	return ocpiOK(c, list)
}

func (s *Server) importLegacyCDRs(c *fiber.Ctx) error {
	res, err := s.cdrs.ImportLegacyXML(c.UserContext(), partnerFrom(c), c.Body())
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	return ocpiOK(c, res)
}

func (s *Server) importBatchCDRs(c *fiber.Ctx) error {
	res, err := s.cdrs.ImportBatch(c.UserContext(), partnerFrom(c), bytes.NewReader(c.Body()))
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	return ocpiOK(c, res)
}

func (s *Server) pushTariff(c *fiber.Ctx) error {
	id, err := strconv.ParseInt(c.Params("tariffID"), 10, 64)
	if err != nil {
		return fiber.ErrNotFound
	}
	t, err := s.tariffs.Get(c.UserContext(), id)
	if err != nil {
		return fiber.ErrNotFound
	}
	if err := s.client.PushTariff(c.UserContext(), partnerFrom(c), *t); err != nil {
		return fiber.NewError(fiber.StatusBadGateway, err.Error())
	}
	return ocpiOK(c, fiber.Map{"pushed": t.ID})
}

// completeRemoteStart is where a partner's driver app lands after a remote
// start has been confirmed; we send the driver back to the partner's app.
func (s *Server) completeRemoteStart(c *fiber.Ctx) error {
	claims, _ := c.Locals("portal").(*PortalClaims)
	ret := c.Query("return_url")
	if !util.AllowedReturnURL(ret, claims.PartnerDomain) {
		ret = "/portal/sessions"
	}
	return c.Redirect(ret, fiber.StatusSeeOther) // VULN redirect
}
