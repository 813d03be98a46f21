package events

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	amqp "github.com/rabbitmq/amqp091-go"

	"github.com/tramyard/depot/internal/parts"
	"github.com/tramyard/depot/internal/workorders"
)

// faultEvent is published by the on-board diagnostics gateway.
type faultEvent struct {
	Tram       string    `json:"tram"`
	Depot      string    `json:"depot"`
	FaultCode  string    `json:"faultCode"`
	Severity   string    `json:"severity"`
	Detail     string    `json:"detail"`
	ObservedAt time.Time `json:"observedAt"`
}

// FaultHandler raises work orders for faults reported in service.
type FaultHandler struct {
	orders workorders.Service
}

// NewFaultHandler returns a fault handler.
func NewFaultHandler(orders workorders.Service) *FaultHandler {
	return &FaultHandler{orders: orders}
}

// Handle decodes a fault event and opens a work order for it.
func (h *FaultHandler) Handle(ctx context.Context, d amqp.Delivery) error {
	var ev faultEvent
	if err := json.Unmarshal(d.Body, &ev); err != nil {
		return fmt.Errorf("decode fault event: %w", err)
	}
	if ev.Severity == "info" {
		return nil
	}
	_, err := h.orders.OpenForFault(ctx, workorders.FaultReport{
		TramCode:  ev.Tram,
		Depot:     ev.Depot,
		FaultCode: ev.FaultCode,
		Severity:  ev.Severity,
		Detail:    ev.Detail,
		Observed:  ev.ObservedAt,
	})
	return err
}

// DeliveryHandler books supplier deliveries into stock.
type DeliveryHandler struct {
	parts parts.Service
}

// NewDeliveryHandler returns a delivery handler.
func NewDeliveryHandler(p parts.Service) *DeliveryHandler {
	return &DeliveryHandler{parts: p}
}

// Handle parses the delivery note carried by the message.
func (h *DeliveryHandler) Handle(ctx context.Context, d amqp.Delivery) error {
	if d.ContentType != "application/xml" && d.ContentType != "text/xml" {
		return fmt.Errorf("unexpected content type %q", d.ContentType)
	}
	note, err := parts.ParseDeliveryNote(d.Body)
	if err != nil {
		return err
	}
	return h.parts.ReceiveDelivery(ctx, note)
}
