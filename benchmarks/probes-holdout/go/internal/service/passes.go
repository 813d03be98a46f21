// Package service implements Chairlift's business logic between handlers and stores.
package service

import (
	"bytes"
	"context"
	crand "crypto/rand"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/chairlift-resort/chairlift/internal/dto"
	"github.com/chairlift-resort/chairlift/internal/models"
	"github.com/chairlift-resort/chairlift/internal/queue"
	"github.com/chairlift-resort/chairlift/internal/store"
)

// ErrSoldOut is returned when a pass type is not on sale for the date.
var ErrSoldOut = errors.New("service: pass not available")

const voucherAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

// PassService handles pass sales and lookups.
type PassService struct {
	passes   *store.PassStore
	orders   *store.OrderStore
	queue    *queue.Queue
	payments *PaymentClient
}

// NewPassService wires the pass service.
func NewPassService(st *store.Stores, q *queue.Queue, payments *PaymentClient) *PassService {
	return &PassService{passes: st.Passes, orders: st.Orders, queue: q, payments: payments}
}

// List returns the price board for a pass type.
func (s *PassService) List(ctx context.Context, f dto.PassFilter) ([]models.LiftPass, error) {
	if f.Limit <= 0 || f.Limit > 100 {
		f.Limit = 25
	}
	if f.Type == "" {
		f.Type = string(models.PassDay)
	}
	return s.passes.List(ctx, f)
}

// Search finds passes for the ticket window by holder name or email.
func (s *PassService) Search(ctx context.Context, term string) ([]models.LiftPass, error) {
	term = strings.TrimSpace(term)
	if len(term) < 3 {
		return nil, nil
	}
	return s.passes.SearchByHolder(ctx, term)
}

// Get loads a pass by keycard code.
func (s *PassService) Get(ctx context.Context, code string) (models.LiftPass, error) {
	return s.passes.FindByCode(ctx, code)
}

// Checkout is the result of starting a purchase.
type Checkout struct {
	Order       models.Order
	Passes      []models.LiftPass
	RedirectURL string
}

// Purchase creates a pending order and its passes and opens a payment session.
func (s *PassService) Purchase(ctx context.Context, customerID int64, form dto.BuyPassForm) (*Checkout, error) {
	pt := models.PassType(form.PassType)
	days := form.Days
	if days <= 0 {
		days = 1
	}
	price, err := s.passes.PriceFor(ctx, pt, days)
	if errors.Is(err, store.ErrNotFound) {
		return nil, ErrSoldOut
	}
	if err != nil {
		return nil, err
	}

	order := models.Order{
		CustomerID:    customerID,
		TotalCents:    price,
		GiftRecipient: form.GiftRecipient,
		GiftEmail:     form.GiftEmail,
		GiftMessage:   form.GiftMessage,
	}
	if form.GiftEmail != "" {
		order.VoucherCode = newVoucherCode()
	}
	if err := s.orders.Create(ctx, &order); err != nil {
		return nil, fmt.Errorf("create order: %w", err)
	}

	code, err := newPassCode()
	if err != nil {
		return nil, err
	}
	pass := models.LiftPass{
		Code:        code,
		Type:        pt,
		HolderName:  form.HolderName,
		HolderEmail: form.HolderEmail,
		ValidFrom:   form.StartDate,
		ValidTo:     form.StartDate.AddDate(0, 0, days).Add(-time.Second),
		PriceCents:  price,
		OrderID:     order.ID,
	}
	if err := s.passes.Insert(ctx, &pass); err != nil {
		return nil, fmt.Errorf("insert pass: %w", err)
	}

	redirect, err := s.payments.CreateSession(ctx, order.ID, price, form.HolderEmail)
	if err != nil {
		return nil, err
	}
	return &Checkout{Order: order, Passes: []models.LiftPass{pass}, RedirectURL: redirect}, nil
}

// CompletePayment records the payment and schedules the follow-up emails.
func (s *PassService) CompletePayment(ctx context.Context, orderID int64, paymentRef string) (models.Order, error) {
	if err := s.payments.Confirm(ctx, orderID, paymentRef); err != nil {
		return models.Order{}, err
	}
	if err := s.orders.MarkPaid(ctx, orderID, paymentRef); err != nil {
		return models.Order{}, err
	}
	order, err := s.orders.Get(ctx, orderID)
	if err != nil {
		return order, err
	}
	if order.GiftEmail != "" {
		_ = s.queue.Enqueue(ctx, queue.KindGiftEmail, queue.OrderEmailJob{OrderID: orderID})
	}
	_ = s.queue.Enqueue(ctx, queue.KindPartnerWebhook, queue.PartnerWebhookJob{
		Event: "order.paid",
		Data:  map[string]any{"order_id": orderID, "total_cents": order.TotalCents},
	})
	return order, nil
}

// newVoucherCode returns a redeemable gift voucher code like GIFT-7KQ2-MX9P.
func newVoucherCode() string {
	b := make([]byte, 8)
	for i := range b {
		b[i] = voucherAlphabet[rand.Intn(len(voucherAlphabet))] // VULN random
	}
	return "GIFT-" + string(b[:4]) + "-" + string(b[4:])
}

// newPassCode returns a keycard code like CL-ABCD-EFGH-JKLM.
func newPassCode() (string, error) {
	buf := make([]byte, 8)
	if _, err := crand.Read(buf); err != nil { // SAFE random
		return "", err
	}
	enc := base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(buf)[:12]
	return "CL-" + enc[0:4] + "-" + enc[4:8] + "-" + enc[8:12], nil
}

// PaymentClient talks to the card acquirer's hosted checkout API.
type PaymentClient struct {
	baseURL   string
	apiKey    string
	returnURL string
	client    *http.Client
}

// NewPaymentClient builds the acquirer client.
func NewPaymentClient(baseURL, apiKey, publicBaseURL string, client *http.Client) *PaymentClient {
	return &PaymentClient{baseURL: baseURL, apiKey: apiKey, returnURL: publicBaseURL + "/checkout/complete", client: client}
}

type sessionRequest struct {
	Reference   string `json:"reference"`
	AmountCents int64  `json:"amount_cents"`
	Currency    string `json:"currency"`
	Email       string `json:"email"`
	ReturnURL   string `json:"return_url"`
}

type sessionResponse struct {
	ID          string `json:"id"`
	RedirectURL string `json:"redirect_url"`
}

// CreateSession opens a hosted payment page and returns its URL.
func (p *PaymentClient) CreateSession(ctx context.Context, orderID, amount int64, email string) (string, error) {
	body, _ := json.Marshal(sessionRequest{
		Reference:   strconv.FormatInt(orderID, 10),
		AmountCents: amount,
		Currency:    "CHF",
		Email:       email,
		ReturnURL:   p.returnURL,
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.baseURL+"/sessions", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+p.apiKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return "", fmt.Errorf("payments: create session: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return "", fmt.Errorf("payments: create session: status %d", resp.StatusCode)
	}
	var out sessionResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.RedirectURL, nil
}

// Confirm checks with the acquirer that a payment reference settled for the order.
func (p *PaymentClient) Confirm(ctx context.Context, orderID int64, ref string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.baseURL+"/payments/"+ref, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+p.apiKey)
	resp, err := p.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out struct {
		Reference string `json:"reference"`
		Status    string `json:"status"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	if out.Status != "settled" || out.Reference != strconv.FormatInt(orderID, 10) {
		return fmt.Errorf("payments: payment %s not settled for order %d", ref, orderID)
	}
	return nil
}
