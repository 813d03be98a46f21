package controllers

import (
	"errors"
	"fmt"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strconv"

	"github.com/tracklane/tracklane/internal/domain"
	"github.com/tracklane/tracklane/internal/dto"
	"github.com/tracklane/tracklane/internal/portal/render"
	"github.com/tracklane/tracklane/internal/repository"
	"github.com/tracklane/tracklane/internal/service"
	"github.com/tracklane/tracklane/internal/util"
)

// MaintenanceController manages workshop orders.
type MaintenanceController struct {
	AuthenticatedController
}

func (c *MaintenanceController) orderID() (int64, bool) {
	id, err := strconv.ParseInt(c.Ctx.Input.Param(":id"), 10, 64)
	if err != nil || id <= 0 {
		c.renderError(http.StatusBadRequest, "Invalid order id.")
		return 0, false
	}
	return id, true
}

func orderURL(id int64) string {
	return "/maintenance/orders/" + strconv.FormatInt(id, 10)
}

// New shows the order form.
func (c *MaintenanceController) New() {
	c.Data["WagonID"] = c.GetString("wagon")
	c.Data["Priorities"] = []string{domain.PriorityRoutine, domain.PriorityUrgent, domain.PriorityImmobile}
	c.TplName = "maintenance/new.tpl"
}

// Create stores a new order.
func (c *MaintenanceController) Create() {
	wagonID, err := c.GetInt64("wagon_id")
	if err != nil {
		c.renderError(http.StatusBadRequest, "Select a wagon.")
		return
	}
	form := dto.CreateOrderForm{
		WagonID:      wagonID,
		Component:    c.GetString("component"),
		Description:  c.GetString("description"),
		Priority:     c.GetString("priority", domain.PriorityRoutine),
		ExternalLink: c.GetString("external_link"),
		CreatedBy:    c.Operator.Username,
	}
	order, err := deps.Maintenance.CreateOrder(c.Ctx.Request.Context(), form)
	var verr *service.ValidationError
	if errors.As(err, &verr) {
		c.Data["Error"] = verr.Error()
		c.Data["Form"] = form
		c.TplName = "maintenance/new.tpl"
		return
	}
	if err != nil {
		c.renderError(http.StatusInternalServerError, "The order could not be created.")
		return
	}
	c.flash("notice", fmt.Sprintf("Order #%d created.", order.ID))
	c.Redirect(orderURL(order.ID), http.StatusSeeOther)
}

// Show renders an order with its attachments.
func (c *MaintenanceController) Show() {
	id, ok := c.orderID()
	if !ok {
		return
	}
	order, err := deps.Maintenance.GetOrder(c.Ctx.Request.Context(), id)
	if errors.Is(err, repository.ErrNotFound) {
		c.renderError(http.StatusNotFound, "Order not found.")
		return
	}
	if err != nil {
		c.renderError(http.StatusInternalServerError, "Could not load the order.")
		return
	}
	c.Data["Order"] = order
	c.Data["SupplierLink"] = render.ExternalDocLink(order.ExternalLink, "Supplier documentation")
	c.TplName = "maintenance/order.tpl"
}

// UploadAttachment stores a document on an order.
func (c *MaintenanceController) UploadAttachment() {
	id, ok := c.orderID()
	if !ok {
		return
	}
	file, header, err := c.GetFile("attachment")
	if err != nil {
		c.flash("error", "Choose a file to upload.")
		c.Redirect(orderURL(id), http.StatusSeeOther)
		return
	}
	defer file.Close()
	if _, err := deps.Documents.SaveAttachment(c.Ctx.Request.Context(), id, file, header); err != nil {
		c.flash("error", "Upload rejected: "+err.Error())
	}
	c.Redirect(orderURL(id), http.StatusSeeOther)
}

// DeleteAttachment removes a document from an order.
func (c *MaintenanceController) DeleteAttachment() {
	id, ok := c.orderID()
	if !ok {
		return
	}
	name := c.GetString("file")
	if err := deps.Documents.DeleteAttachment(c.Ctx.Request.Context(), id, name); err != nil {
		c.flash("error", "The attachment could not be removed.")
	} else {
		c.flash("notice", "Attachment removed.")
	}
	c.Redirect(orderURL(id), http.StatusSeeOther)
}

// UploadBundle imports a zip of inspection photos taken by the depot tablet app.
func (c *MaintenanceController) UploadBundle() {
	id, ok := c.orderID()
	if !ok {
		return
	}
	token, err := util.RandomToken(8)
	if err != nil {
		c.renderError(http.StatusInternalServerError, "Upload failed.")
		return
	}
	tmp := filepath.Join(os.TempDir(), "bundle-"+token+".zip")
	if err := c.SaveToFile("bundle", tmp); err != nil {
		c.flash("error", "Choose a zip file to upload.")
		c.Redirect(orderURL(id), http.StatusSeeOther)
		return
	}
	defer os.Remove(tmp)
	names, err := deps.Documents.ImportInspectionBundle(c.Ctx.Request.Context(), id, tmp)
	if err != nil {
		log.Printf("import bundle for order %d: %v", id, err)
		c.flash("error", "The photo bundle could not be imported.")
	} else {
		c.flash("notice", fmt.Sprintf("%d photos imported.", len(names)))
	}
	c.Redirect(orderURL(id), http.StatusSeeOther)
}
