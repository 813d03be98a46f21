package service

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"text/template"
	"time"

	"github.com/voltpark/platform/internal/models"
	"github.com/voltpark/platform/internal/repository"
)

const invoiceSubject = `Voltpark invoice {{.Period}} for {{.Account.Name}}`

const defaultInvoiceBody = `Invoice for {{.Account.Name}} ({{.Period}})
{{with .Account.ParentID}}{{with account .}}Billed via {{.Name}}
{{end}}{{end}}
{{range .Lines}}{{.Date}}  {{printf "%-14s" .ChargerID}}  {{kwh .EnergyKWh}}  {{money .CostCents $.Currency}}
{{end}}
Total: {{money .TotalCents .Currency}}
`

type InvoiceService struct {
	fleet    *repository.FleetRepo
	sessions *repository.SessionRepo
}

func NewInvoiceService(fleet *repository.FleetRepo, sessions *repository.SessionRepo) *InvoiceService {
	return &InvoiceService{fleet: fleet, sessions: sessions}
}

type invoiceLine struct {
	Date      string
	ChargerID string
	EnergyKWh float64
	CostCents int64
}

type invoiceView struct {
	Account    *models.FleetAccount
	Period     string
	Currency   string
	Lines      []invoiceLine
	TotalCents int64
}

func formatMoney(cents int64, currency string) string {
	return fmt.Sprintf("%d.%02d %s", cents/100, cents%100, currency)
}

func formatKWh(v float64) string {
	return fmt.Sprintf("%8.2f kWh", v)
}

func (s *InvoiceService) funcs(ctx context.Context) template.FuncMap {
	return template.FuncMap{
		"money": formatMoney,
		"kwh":   formatKWh,
		// account resolves parent accounts for consolidated billing.
		"account": func(id string) (*models.FleetAccount, error) { return s.fleet.GetAccount(ctx, id) },
	}
}

func (s *InvoiceService) buildView(ctx context.Context, acct *models.FleetAccount, month time.Time) (*invoiceView, error) {
	list, err := s.sessions.ListForAccount(ctx, acct.ID, repository.SessionListOptions{
		Status:  models.SessionCompleted,
		OrderBy: "started_at ASC",
		Limit:   5000,
	})
	if err != nil {
		return nil, err
	}
	view := &invoiceView{Account: acct, Period: month.Format("January 2006"), Currency: acct.Currency}
	for _, sess := range list {
		if sess.StartedAt.Year() != month.Year() || sess.StartedAt.Month() != month.Month() {
			continue
		}
		view.Lines = append(view.Lines, invoiceLine{
			Date:      sess.StartedAt.Format("2006-01-02"),
			ChargerID: sess.ChargerID,
			EnergyKWh: sess.EnergyKWh,
			CostCents: sess.CostCents,
		})
		view.TotalCents += sess.CostCents
	}
	return view, nil
}

// Preview renders the invoice e-mail of a month with the account's own
// template, falling back to the default layout.
func (s *InvoiceService) Preview(ctx context.Context, accountID string, month time.Time) (string, string, error) {
	acct, err := s.fleet.GetAccount(ctx, accountID)
	if err != nil {
		return "", "", err
	}
	view, err := s.buildView(ctx, acct, month)
	if err != nil {
		return "", "", err
	}

	subjectTmpl, err := template.New("subject").Parse(invoiceSubject) // SAFE ssti
	if err != nil {
		return "", "", err
	}
	src := defaultInvoiceBody
	if strings.TrimSpace(acct.InvoiceTemplate) != "" {
		src = acct.InvoiceTemplate
	}
	bodyTmpl, err := template.New("invoice").Funcs(s.funcs(ctx)).Parse(src) // VULN ssti
	if err != nil {
		return "", "", invalid("invoice template: %v", err)
	}

	var subject, body bytes.Buffer
	if err := subjectTmpl.Execute(&subject, view); err != nil {
		return "", "", err
	}
	if err := bodyTmpl.Execute(&body, view); err != nil {
		return "", "", invalid("invoice template: %v", err)
	}
	return subject.String(), body.String(), nil
}
