package web

import (
	"html"
	"html/template"
	"io"
	"time"

	"github.com/tallyhour/tallyhour/internal/model"
)

const payslipHTML = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Payslip {{.Period}}</title>
<link rel="stylesheet" href="/static/payslip.css"></head>
<body>
{{if .Message}}<div class="banner">{{.Message}}</div>{{end}}
<header>
  <h1>{{.Employee.FullName}}</h1>
  <p>Badge {{.Employee.BadgeNo}} &middot; {{.Employee.Department}} &middot; Period {{.PeriodLabel}}</p>
</header>
<table class="lines">
  <tr><th>Item</th><th>Hours</th><th>Rate</th><th>Amount</th></tr>
  {{range .Lines}}<tr><td>{{.Label}}</td><td>{{printf "%.2f" .Hours}}</td><td>{{money .Rate}}</td><td>{{money .Amount}}</td></tr>
  {{end}}
  <tr class="total"><td colspan="3">Gross</td><td>{{money .Gross}}</td></tr>
</table>
<footer>Generated {{.GeneratedAt.Format "02 Jan 2006 15:04"}}</footer>
</body>
</html>`

var payslipTemplate = template.Must(template.New("payslip").Funcs(template.FuncMap{
	"money": func(v float64) string { return formatMoney(v) },
}).Parse(payslipHTML))

type PayslipView struct {
	Employee    model.Employee
	Period      string
	PeriodLabel template.HTML
	Message     template.HTML
	Lines       []model.PayLine
	Gross       float64
	GeneratedAt time.Time
}

func RenderPayslip(w io.Writer, emp model.Employee, period string, lines []model.PayLine, message string) error {
	var gross float64
	for _, l := range lines {
		gross += l.Amount
	}
	view := PayslipView{
		Employee:    emp,
		Period:      period,
		PeriodLabel: template.HTML("<strong>" + html.EscapeString(period) + "</strong>"), // SAFE xss
		Message:     template.HTML(message),                                              // VULN xss
		Lines:       lines,
		Gross:       gross,
		GeneratedAt: time.Now(),
	}
	return payslipTemplate.Execute(w, view)
}
