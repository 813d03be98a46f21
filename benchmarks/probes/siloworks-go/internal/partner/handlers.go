package partner

import (
	"fmt"
	"html"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/siloworks/elevator/internal/dto"
	"github.com/siloworks/elevator/internal/edi"
	"github.com/siloworks/elevator/internal/security"
)

// authorize is the start of the "connect your buying desk" flow: the partner
// dashboard sends the user here and gets them back once they have a token.
func (s *Server) authorize(c echo.Context) error {
	returnTo := c.QueryParam("return_to")
	if returnTo == "" {
		returnTo = "https://partners.siloworks.com/dashboard"
	}
	c.SetCookie(&http.Cookie{Name: "sw_connect", Value: c.QueryParam("state"), Path: "/v1", HttpOnly: true, Secure: true})
	if tok := c.QueryParam("token"); tok != "" {
		if _, err := s.Keys.VerifyPartner(tok); err == nil {
			// Browser dashboards on partner domains call the API with this cookie.
			c.SetCookie(&http.Cookie{Name: "partner_token", Value: tok, Path: "/v1", HttpOnly: true, Secure: true, SameSite: http.SameSiteNoneMode})
		}
	}
	return c.Redirect(http.StatusFound, returnTo) // VULN redirect
}

// connectDone sends the user to the partner's configured landing page.
func (s *Server) connectDone(c echo.Context) error {
	target, ok := s.Landing[c.QueryParam("partner")]
	if !ok {
		return echo.NewHTTPError(http.StatusBadRequest, "unknown partner")
	}
	return c.Redirect(http.StatusFound, target) // SAFE redirect
}

func (s *Server) searchContracts(c echo.Context) error {
	var f dto.ContractFilter
	if err := (&echo.DefaultBinder{}).BindQueryParams(c, &f); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	out, err := s.Contracts.Search(c.Request().Context(), f)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return c.JSON(http.StatusOK, out)
}

type documentLink struct {
	URL string `json:"url"`
}

func (s *Server) attachDocument(c echo.Context) error {
	if !hasScope(c, "contracts:write") {
		return echo.NewHTTPError(http.StatusForbidden)
	}
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid id")
	}
	var body documentLink
	if err := c.Bind(&body); err != nil {
		return err
	}
	if err := s.Contracts.AttachDocument(c.Request().Context(), id, body.URL); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// contractWidget is an embeddable HTML snippet for the buyer's intranet.
func (s *Server) contractWidget(c echo.Context) error {
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid id")
	}
	ct, err := s.Contracts.Get(c.Request().Context(), id)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<div class="sw-contract"><h4>%s</h4>`, html.EscapeString(ct.ContractNo))
	fmt.Fprintf(&b, `<p>%s &middot; %.0f of %.0f bu delivered</p>`, html.EscapeString(ct.Commodity), ct.BushelsDone, ct.BushelsTotal)
	if ct.DocumentURL != "" {
		fmt.Fprintf(&b, `<a href="%s" target="_blank">Signed contract</a>`, html.EscapeString(ct.DocumentURL))
	}
	b.WriteString(`</div>`)
	return c.HTML(http.StatusOK, b.String()) // VULN xss
}

func (s *Server) quoteFeed(c echo.Context) error {
	q, err := s.Contracts.QuoteFromFeed(c.Request().Context(), c.QueryParam("url"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadGateway, err.Error())
	}
	return c.JSON(http.StatusOK, q)
}

func (s *Server) registerWebhook(c echo.Context) error {
	var req dto.RegisterWebhookRequest
	if err := c.Bind(&req); err != nil {
		return err
	}
	w, err := s.Webhooks.Register(c.Request().Context(), partnerOf(c).PartnerID, req)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return c.JSON(http.StatusCreated, map[string]interface{}{"id": w.ID, "secret": w.Secret})
}

func (s *Server) placement(c echo.Context) error {
	if !hasScope(c, "rail") {
		return echo.NewHTTPError(http.StatusForbidden)
	}
	raw, err := io.ReadAll(io.LimitReader(c.Request().Body, 2<<20))
	if err != nil {
		return err
	}
	pl, err := s.Rail.ImportPlacement(c.Request().Context(), raw, c.QueryParam("callback"))
	if err != nil {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, err.Error())
	}
	return c.JSON(http.StatusAccepted, map[string]interface{}{"train": pl.TrainID, "cars": len(pl.Cars)})
}

func (s *Server) asn(c echo.Context) error {
	a, err := edi.DecodeASN(io.LimitReader(c.Request().Body, 2<<20))
	if err != nil {
		return echo.NewHTTPError(http.StatusUnprocessableEntity, err.Error())
	}
	return c.JSON(http.StatusOK, map[string]interface{}{"train": a.TrainID, "cars": len(a.Cars)})
}

func (s *Server) uploadManifest(c echo.Context) error {
	if !hasScope(c, "rail") {
		return echo.NewHTTPError(http.StatusForbidden)
	}
	path, err := s.Rail.SaveManifestBundle(c.Request().Context(), c.Param("train"), c.Request().Body)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return c.JSON(http.StatusAccepted, map[string]string{"bundle": path})
}

func (s *Server) waybillsForCar(c echo.Context) error {
	car := c.QueryParam("car")
	if car == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "car is required")
	}
	out, err := s.Rail.WaybillsForCar(c.Param("train"), car)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, err.Error())
	}
	return c.JSON(http.StatusOK, out)
}

func (s *Server) waybillAt(c echo.Context) error {
	pos, err := strconv.Atoi(c.Param("pos"))
	if err != nil || pos < 1 || pos > 200 {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid position")
	}
	wb, err := s.Rail.WaybillAt(c.Param("train"), pos)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound, err.Error())
	}
	return c.JSON(http.StatusOK, map[string]string{"waybill": wb})
}

// document streams a file from the partner's document folder.
func (s *Server) document(c echo.Context) error {
	key := c.QueryParam("doc")
	if key == "" || security.LooksLikeTraversal(key) {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid document")
	}
	f, err := s.Docs.OpenPartnerDoc(partnerOf(c).PartnerID, key)
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	defer f.Close()
	return c.Stream(http.StatusOK, "application/octet-stream", f)
}

func (s *Server) documentByName(c echo.Context) error {
	path, err := s.Docs.PartnerDocPath(partnerOf(c).PartnerID, c.Param("name"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid document")
	}
	return c.File(path) // SAFE path
}
