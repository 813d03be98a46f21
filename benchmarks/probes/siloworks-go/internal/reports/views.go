package reports

import (
	"fmt"
	"html/template"
	"net/url"
	"regexp"

	"github.com/siloworks/elevator/internal/models"
)

var ticketRef = regexp.MustCompile(`\bT-\d{4,8}\b`)

// linkify turns ticket references such as T-104233 into links.
func linkify(s string) string {
	return ticketRef.ReplaceAllStringFunc(s, func(ref string) string {
		return `<a href="/tickets/by-number/` + ref + `">` + ref + `</a>`
	})
}

// TicketPage is the view model of the scale ticket detail page.
type TicketPage struct {
	Ticket    models.Ticket
	NetKg     float64
	NotesHTML template.HTML
	Samples   []models.Sample
	PhotoURL  string
}

// BuildTicketPage prepares a ticket for the detail template.
func BuildTicketPage(t models.Ticket, samples []models.Sample) TicketPage {
	p := TicketPage{Ticket: t, NetKg: t.NetKg(), Samples: samples}
	p.NotesHTML = template.HTML(linkify(t.Notes)) // VULN xss
	if t.PhotoFile != "" {
		p.PhotoURL = "/tickets/photo?file=" + url.QueryEscape(t.PhotoFile)
	}
	return p
}

// EmptyContractsNotice is shown when a commodity filter matches nothing.
func EmptyContractsNotice(commodity string) string {
	return fmt.Sprintf(`<div class="empty">No open %s contracts. <a href="/portal/contracts">Show all</a></div>`, commodity)
}

// ContractRow is one line of the farmer's contract list.
type ContractRow struct {
	Contract  models.Contract
	TermsHTML template.HTML
	DocLink   template.URL
	Remaining float64
}

// BuildContractRows prepares contracts for the portal list.
func BuildContractRows(cs []models.Contract) []ContractRow {
	rows := make([]ContractRow, 0, len(cs))
	for _, c := range cs {
		row := ContractRow{Contract: c, Remaining: c.Remaining()}
		row.TermsHTML = template.HTML(linkify(template.HTMLEscapeString(c.Terms))) // SAFE xss
		if u, err := url.Parse(c.DocumentURL); err == nil && u.Scheme == "https" && u.Host != "" {
			row.DocLink = template.URL(u.String()) // SAFE xss
		}
		rows = append(rows, row)
	}
	return rows
}
