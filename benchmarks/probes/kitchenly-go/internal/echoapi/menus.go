package echoapi

import (
	"fmt"
	"html"
	"io"
	"net/http"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"
	"go.mongodb.org/mongo-driver/bson/primitive"

	"github.com/kitchenly/kitchenly-api/internal/domain"
	"github.com/kitchenly/kitchenly-api/internal/platform"
	"github.com/kitchenly/kitchenly-api/internal/service"
)

// menuSearchPage serves the HTML fragment embedded by storefront widgets.
func (a *API) menuSearchPage(c echo.Context) error {
	kid, err := strconv.ParseInt(c.Param("kitchenID"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid kitchen id")
	}
	q := strings.TrimSpace(c.QueryParam("q"))
	criteria := map[string]interface{}{"name": primitive.Regex{Pattern: regexp.QuoteMeta(q), Options: "i"}}
	items, err := a.menus.Search(c.Request().Context(), kid, criteria)
	if err == nil && len(items) == 0 {
		return c.HTML(http.StatusOK, fmt.Sprintf(`<p class="kl-empty">No dishes match &ldquo;%s&rdquo;.</p>`, html.EscapeString(q))) // SAFE xss
	}
	return send(c, items, err)
}

func (a *API) menuSearch(c echo.Context) error {
	var criteria map[string]interface{}
	if err := c.Bind(&criteria); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid filter")
	}
	items, err := a.menus.Search(c.Request().Context(), kitchenID(c), criteria)
	return send(c, items, err)
}

func (a *API) menuByTag(c echo.Context) error {
	kid, err := strconv.ParseInt(c.Param("kitchenID"), 10, 64)
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid kitchen id")
	}
	items, err := a.menus.ByTag(c.Request().Context(), kid, c.Param("tag"))
	return send(c, items, err)
}

func (a *API) mediaFile(c echo.Context) error {
	p, err := platform.ResolveWithin(a.cfg.MediaDir, c.Param("*"))
	if err != nil {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	return c.File(p) // SAFE path
}

func (a *API) previewPromo(c echo.Context) error {
	var req struct {
		Rule          service.PromoRule   `json:"rule"`
		Cart          domain.CartSnapshot `json:"cart"`
		SubtotalCents int64               `json:"subtotal_cents"`
	}
	if err := c.Bind(&req); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "invalid promo preview")
	}
	req.Cart.KitchenID = kitchenID(c)
	discount, err := a.svc.Pricing.Preview(req.Rule, req.Cart, req.SubtotalCents)
	return send(c, map[string]int64{"discount_cents": discount}, err)
}

func (a *API) importMenuBundle(c echo.Context) error {
	fh, err := c.FormFile("bundle")
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bundle is required")
	}
	src, err := fh.Open()
	if err != nil {
		return err
	}
	defer src.Close()
	tmp, err := os.CreateTemp("", "menu-bundle-*.zip")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	_, err = io.Copy(tmp, src)
	tmp.Close()
	if err != nil {
		return err
	}
	files, err := a.svc.Importer.ExtractMenuBundle(kitchenID(c), tmp.Name())
	return send(c, map[string]any{"files": files}, err)
}
