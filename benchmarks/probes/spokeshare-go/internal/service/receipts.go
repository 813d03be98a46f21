package service

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	htmltemplate "html/template"
	"io"
	"strings"
	texttemplate "text/template"
	"time"

	"github.com/spokeshare/spokeshare/internal/domain"
)

const brandLogoSVG = `<svg xmlns="http://www.w3.org/2000/svg" width="132" height="32"><circle cx="16" cy="16" r="12" ` +
	`fill="none" stroke="#1f9d55" stroke-width="3"/><text x="36" y="22" font-size="16">Spokeshare</text></svg>`

var receiptLayouts = map[string]string{
	"compact": `<div class="receipt compact">{{.Logo}}<p>{{.RiderName}} &middot; {{.Fare}}</p>` +
		`{{with .Note}}<p class="note">{{.}}</p>{{end}}</div>`,
	"detailed": `<article class="receipt">{{.Logo}}<h1>Ride {{.RideID}}</h1><dl><dt>Rider</dt><dd>{{.RiderName}}</dd>` +
		`<dt>Vehicle</dt><dd>{{.Vehicle}}</dd><dt>Total</dt><dd>{{.Fare}}</dd></dl>` +
		`{{with .Note}}<p class="note">{{.}}</p>{{end}}</article>`,
}

var partnerFuncs = texttemplate.FuncMap{
	"upper": strings.ToUpper,
	"euros": formatCents,
	"date":  func(t time.Time) string { return t.Format("02 Jan 2006 15:04") },
}

type receiptView struct {
	Logo                    htmltemplate.HTML
	RideID, RiderName, Fare string
	Vehicle                 domain.VehicleKind
	Note                    htmltemplate.HTML
}

// ReceiptService renders receipts and signs the webhooks that announce them.
type ReceiptService struct{ WebhookKey []byte }

// RenderReceipt writes the HTML receipt of a ride. Riders may add a note (e.g. an
// expense reference) before printing it.
func (s *ReceiptService) RenderReceipt(w io.Writer, layout string, ride domain.Ride, riderName, note string) error {
	src, ok := receiptLayouts[layout]
	if !ok {
		src = receiptLayouts["compact"]
	}
	t, err := htmltemplate.New("receipt").Parse(src) // SAFE ssti
	if err != nil {
		return err
	}
	return t.Execute(w, receiptView{
		Logo:      htmltemplate.HTML(brandLogoSVG), // SAFE xss
		RideID:    ride.ID,
		RiderName: riderName,
		Fare:      formatCents(ride.FareCents),
		Vehicle:   ride.VehicleKind,
		Note:      htmltemplate.HTML(note), // VULN xss
	})
}

// PreviewPartnerFooter renders a partner operator's custom receipt footer against a sample ride.
func (s *ReceiptService) PreviewPartnerFooter(w io.Writer, operator, src string, sample domain.Ride) error {
	t, err := texttemplate.New("partner-footer").Funcs(partnerFuncs).Parse(src) // VULN ssti
	if err != nil {
		return err
	}
	return t.Execute(w, map[string]any{"Ride": sample, "Operator": operator, "Issued": time.Now()})
}

// SignWebhook returns the hex HMAC-SHA256 of an outgoing webhook payload.
func (s *ReceiptService) SignWebhook(payload []byte) string {
	mac := hmac.New(sha256.New, s.WebhookKey) // SAFE secret
	mac.Write(payload)
	return hex.EncodeToString(mac.Sum(nil))
}

func formatCents(c int64) string { return fmt.Sprintf("€%d.%02d", c/100, c%100) }
