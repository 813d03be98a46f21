package service

import (
	"bytes"
	htmltemplate "html/template"
	"io"
	texttemplate "text/template"
	"time"
)

const bannerLayout = `{{define "banner"}}<section class="kl-banner">
  <h2>{{.Title}}</h2><div class="kl-banner-body">{{.Body}}</div>
  <small>Last updated {{.Updated}}</small>
</section>{{end}}`

const receiptTemplate = `Hi {{.CustomerName}},

Your order #{{.OrderID}} from {{.Kitchen}} is {{.Status}}. Total: {{.Total}}

Thanks for ordering with Kitchenly!`

type CampaignData struct {
	FirstName string
	Kitchen   string
	PromoCode string
	ExpiresAt time.Time
}

type ReceiptData struct {
	CustomerName, Kitchen, Status, Total string
	OrderID                              int64
}

type Notifications struct {
	layouts *htmltemplate.Template
}

func MustNotifications() *Notifications {
	return &Notifications{layouts: htmltemplate.Must(htmltemplate.New("layouts").Parse(bannerLayout))}
}

// RenderBanner renders the storefront announcement banner.
func (n *Notifications) RenderBanner(w io.Writer, title, body string) error {
	return n.layouts.ExecuteTemplate(w, "banner", map[string]any{
		"Title":   title,
		"Body":    htmltemplate.HTML(body), // VULN xss
		"Updated": time.Now().Format(time.RFC1123),
	})
}

// RenderCampaign renders a marketing e-mail written in the campaign editor.
func (n *Notifications) RenderCampaign(src string, data CampaignData) (string, error) {
	tpl, err := texttemplate.New("campaign").Parse(src) // VULN ssti
	if err != nil {
		return "", err
	}
	return execute(tpl, data)
}

func (n *Notifications) RenderReceipt(data ReceiptData) (string, error) {
	tpl, err := texttemplate.New("receipt").Parse(receiptTemplate) // SAFE ssti
	if err != nil {
		return "", err
	}
	return execute(tpl, data)
}

func execute(tpl *texttemplate.Template, data any) (string, error) {
	var buf bytes.Buffer
	err := tpl.Execute(&buf, data)
	return buf.String(), err
}
