package httpapi

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	htmltemplate "html/template"
	"net/http"
	"strconv"
	texttemplate "text/template"

	"github.com/kitchenly/kitchenly-api/internal/service"
)

var trackingPage = texttemplate.Must(texttemplate.New("tracking").Parse(`<!doctype html>
<html><head><title>Kitchenly - order {{.OrderID}}</title></head>
<body><h1>Hi {{.Name}}!</h1><p>Your order is <strong>{{.Status}}</strong>.</p></body></html>`))

var handoffPage = htmltemplate.Must(htmltemplate.New("handoff").Parse(`<!doctype html>
<html><body><h1>Hand-off for order {{.OrderID}}</h1><p>Courier: {{.Courier}}</p><p>Shelf: {{.Shelf}}</p></body></html>`))

func (s *Server) restoreCart(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("kl_cart")
	if err != nil {
		writeError(w, http.StatusBadRequest, "no saved cart")
		return
	}
	raw, err := base64.URLEncoding.DecodeString(ck.Value)
	if err != nil {
		writeError(w, http.StatusBadRequest, "malformed cart cookie")
		return
	}
	cart, err := s.svc.Carts.Restore(raw)
	if err != nil {
		reply(w, 0, nil, err)
		return
	}
	subtotal, _ := strconv.ParseInt(r.URL.Query().Get("subtotal_cents"), 10, 64)
	discount, err := s.svc.Pricing.LoyaltyDiscount(*cart, subtotal)
	reply(w, http.StatusOK, map[string]any{"cart": cart, "loyalty_discount_cents": discount}, err)
}

func (s *Server) issueRefund(w http.ResponseWriter, r *http.Request) {
	orderID, ok := pathID(w, r, "id")
	if !ok {
		return
	}
	var req service.RefundRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, "invalid refund request")
		return
	}
	ref, err := s.svc.Refunds.Issue(r.Context(), orderID, req)
	reply(w, http.StatusCreated, ref, err)
}

func (s *Server) trackOrder(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r, "id")
	if !ok {
		return
	}
	order, err := s.orders.OrderByID(r.Context(), id)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if r.URL.Query().Get("format") == "text" {
		msg, err := s.svc.Notifications.RenderReceipt(service.ReceiptData{OrderID: order.ID, Status: order.Status, Total: fmt.Sprintf("%.2f EUR", float64(order.TotalCents)/100)})
		reply(w, http.StatusOK, map[string]string{"message": msg}, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = trackingPage.Execute(w, map[string]any{"OrderID": order.ID, "Name": r.URL.Query().Get("name"), "Status": order.Status}) // VULN xss
}

func (s *Server) handoffSheet(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r, "id")
	if !ok {
		return
	}
	q := r.URL.Query()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = handoffPage.Execute(w, map[string]any{"OrderID": id, "Courier": q.Get("courier"), "Shelf": q.Get("shelf")}) // SAFE xss
}

func (s *Server) testWebhook(w http.ResponseWriter, r *http.Request) {
	var sub service.Subscription
	if err := json.NewDecoder(r.Body).Decode(&sub); err != nil || sub.URL == "" {
		writeError(w, http.StatusBadRequest, "url is required")
		return
	}
	status, err := s.svc.Webhooks.Ping(sub)
	reply(w, http.StatusOK, map[string]int{"status": status}, err)
}

func (s *Server) partnerEvent(w http.ResponseWriter, r *http.Request) {
	claims, err := s.verifier.PartnerClaims(r.Header.Get("X-Partner-Token"))
	if err != nil {
		writeError(w, http.StatusUnauthorized, "partner token required")
		return
	}
	var ev struct {
		Type     string `json:"type"`
		OrderID  int64  `json:"order_id"`
		Callback string `json:"callback"`
	}
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		writeError(w, http.StatusBadRequest, "invalid event")
		return
	}
	ack := map[string]any{"partner": claims.PartnerID, "type": ev.Type + ".ack", "order_id": ev.OrderID}
	reply(w, http.StatusAccepted, ack, s.svc.Webhooks.NotifyPartner(r.Context(), ev.Callback, ack))
}
