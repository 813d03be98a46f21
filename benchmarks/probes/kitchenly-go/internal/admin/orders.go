package admin

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/kitchenly/kitchenly-api/internal/domain"
)

func (h *handlers) kitchenOrders(c *gin.Context) {
	kitchenID, err := strconv.ParseInt(c.Param("kitchenID"), 10, 64)
	if err != nil {
		badRequest(c, "invalid kitchen id")
		return
	}
	orders, err := h.Orders.ListForKitchen(c.Request.Context(), kitchenID, c.DefaultQuery("sort", "placed_at DESC"))
	respond(c, http.StatusOK, orders, err)
}

func (h *handlers) ordersByStatus(c *gin.Context) {
	orders, err := h.Orders.ListByStatus(c.Request.Context(), c.DefaultQuery("status", "pending"), c.Query("sort"))
	respond(c, http.StatusOK, orders, err)
}

func (h *handlers) cancelStale(c *gin.Context) {
	minutes, err := strconv.Atoi(c.DefaultPostForm("older_than", "90"))
	if err != nil || minutes < 15 {
		badRequest(c, "older_than must be a number of minutes >= 15")
		return
	}
	n, err := h.Orders.CancelStale(c.Request.Context(), minutes)
	respond(c, http.StatusOK, gin.H{"cancelled": n}, err)
}

func (h *handlers) createKitchen(c *gin.Context) {
	var k domain.Kitchen
	if err := c.ShouldBindJSON(&k); err != nil {
		badRequest(c, err.Error())
		return
	}
	id, err := h.Fleet.CreateKitchen(c.Request.Context(), k)
	respond(c, http.StatusCreated, gin.H{"id": id}, err)
}

func (h *handlers) menusByCuisine(c *gin.Context) {
	items, err := h.Menus.ByCuisine(c.Request.Context(), c.Query("cuisine"))
	respond(c, http.StatusOK, items, err)
}

func (h *handlers) setStaffPassword(c *gin.Context) {
	var req struct {
		Password string `json:"password" binding:"required,min=12"`
	}
	staffID, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || c.ShouldBindJSON(&req) != nil {
		badRequest(c, "staff id and a password of at least 12 characters are required")
		return
	}
	err = h.Services.Accounts.SetStaffPassword(c.Request.Context(), staffID, req.Password)
	respond(c, http.StatusOK, gin.H{"updated": err == nil}, err)
}
