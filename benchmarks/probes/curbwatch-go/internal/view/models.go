package view

import (
	"html/template"
	"strings"

	"github.com/curbwatch/curbwatch/internal/domain"
	"github.com/curbwatch/curbwatch/internal/repository"
)

// AppealReviewPage backs appeal_review.html.
type AppealReviewPage struct {
	Appeal        domain.Appeal
	Citation      domain.Citation
	StatementHTML template.HTML
	DecisionHTML  template.HTML
	Reviewer      string
}

// paragraphs turns blank-line separated text into <p> blocks with <br> line breaks.
func paragraphs(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	blocks := strings.Split(strings.TrimSpace(s), "\n\n")
	for i, b := range blocks {
		blocks[i] = "<p>" + strings.ReplaceAll(strings.TrimSpace(b), "\n", "<br>") + "</p>"
	}
	return strings.Join(blocks, "\n")
}

func NewAppealReviewPage(a domain.Appeal, c domain.Citation, reviewer string) AppealReviewPage {
	return AppealReviewPage{
		Appeal:        a,
		Citation:      c,
		StatementHTML: template.HTML(paragraphs(a.Statement)),                           // VULN xss
		DecisionHTML:  template.HTML(paragraphs(template.HTMLEscapeString(a.Decision))), // SAFE xss
		Reviewer:      reviewer,
	}
}

// FleetRow is one line of the fleet accounts admin table.
type FleetRow struct {
	Account    domain.FleetAccount
	WebsiteURL template.URL
}

func NewFleetRows(accounts []domain.FleetAccount) []FleetRow {
	rows := make([]FleetRow, 0, len(accounts))
	for _, a := range accounts {
		row := FleetRow{Account: a}
		if strings.Contains(a.Website, ".") {
			row.WebsiteURL = template.URL(a.Website) // VULN xss
		}
		rows = append(rows, row)
	}
	return rows
}

// ReportPage backs report.html in the portal.
type ReportPage struct {
	Title  string
	Report domain.SavedReport
	Rows   []repository.ReportRow
}

// PermitRowsPage backs permit_rows.html.
type PermitRowsPage struct {
	Street  string
	Permits []domain.Permit
}

// AppealQueuePage backs appeals_queue.html.
type AppealQueuePage struct {
	Appeals []domain.Appeal
	Sort    string
	Dir     string
}
