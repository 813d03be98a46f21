package admin

import (
	"net/http"
	"regexp"
	"strconv"

	"github.com/gin-gonic/gin"
)

var skuPattern = regexp.MustCompile(`^[A-Z]{3}-[0-9]{4,8}$`)

func (h *handlers) supplierItem(c *gin.Context) {
	item, err := h.Services.Feeds.SupplierItem(c.Query("sku"))
	respond(c, http.StatusOK, item, err)
}

func (h *handlers) supplierStock(c *gin.Context) {
	sku := c.Param("sku")
	if !skuPattern.MatchString(sku) {
		badRequest(c, "malformed sku")
		return
	}
	stock, err := h.Services.Feeds.SupplierStock(sku)
	respond(c, http.StatusOK, gin.H{"sku": sku, "stock": stock}, err)
}

func (h *handlers) uploadManifest(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil || len(body) == 0 {
		badRequest(c, "manifest body is required")
		return
	}
	m, err := h.Services.Feeds.ParseSupplierManifest(body)
	respond(c, http.StatusOK, m, err)
}

func (h *handlers) importZones(c *gin.Context) {
	zones, err := h.Services.Feeds.ParseDeliveryZones(c.Request.Body)
	respond(c, http.StatusOK, gin.H{"zones": zones}, err)
}

func (h *handlers) importSupplierArchive(c *gin.Context) {
	kitchenID, err := strconv.ParseInt(c.Param("kitchenID"), 10, 64)
	if err != nil {
		badRequest(c, "invalid kitchen id")
		return
	}
	fh, err := c.FormFile("archive")
	if err != nil {
		badRequest(c, "archive is required")
		return
	}
	f, err := fh.Open()
	if err != nil {
		badRequest(c, "unreadable archive")
		return
	}
	defer f.Close()
	files, err := h.Services.Importer.ExtractSupplierArchive(kitchenID, f)
	respond(c, http.StatusCreated, gin.H{"files": files}, err)
}
