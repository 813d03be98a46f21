package service

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	texttemplate "text/template"
	"time"

	"github.com/curbwatch/curbwatch/internal/config"
	"github.com/curbwatch/curbwatch/internal/domain"
	"github.com/curbwatch/curbwatch/internal/repository"
	"github.com/curbwatch/curbwatch/internal/validate"
)

const appealAckHeader = `City of Curbwatch - Parking Adjudication Office
{{.Settings.Sender}}

{{.Now.Format "January 2, 2006"}}

Dear {{.Appeal.AppellantName}},

We have received your appeal of citation {{.Citation.Number}} (plate {{.Citation.Plate}}).
`

const appealAckFooter = `
A hearing officer will review your appeal within 30 days. Collection of the
fine of {{money .Citation.AmountCents}} is suspended until a decision is made.

Appeal reference: A-{{.Appeal.ID}}
`

const receiptTemplate = `CURBWATCH PARKING - PAYMENT RECEIPT
Citation:   {{.Citation.Number}}
Plate:      {{.Citation.Plate}} ({{.Citation.PlateState}})
Amount:     {{money .Payment.AmountCents}}
Reference:  {{.Payment.Reference}}
Paid:       {{.Payment.PaidAt.Format "2006-01-02 15:04"}}
`

type ackData struct {
	Settings config.NoticeConfig
	Appeal   domain.Appeal
	Citation domain.Citation
	Now      time.Time
}

// NoticeService renders letters and sends late notices to the print stations.
type NoticeService struct {
	cfg        config.NoticeConfig
	citations  *repository.CitationRepository
	lateNotice *texttemplate.Template
	funcs      texttemplate.FuncMap
}

func NewNoticeService(cfg config.NoticeConfig, citations *repository.CitationRepository, templateDir string) (*NoticeService, error) {
	funcs := texttemplate.FuncMap{
		"money": func(cents int64) string { return fmt.Sprintf("$%d.%02d", cents/100, cents%100) },
		"upper": strings.ToUpper,
	}
	late, err := texttemplate.New("late_notice.tmpl").Funcs(funcs).ParseFiles(filepath.Join(templateDir, "late_notice.tmpl"))
	if err != nil {
		return nil, fmt.Errorf("late notice template: %w", err)
	}
	return &NoticeService{cfg: cfg, citations: citations, lateNotice: late, funcs: funcs}, nil
}

// AppealAcknowledgement renders the letter confirming receipt of an appeal,
// quoting the motorist's statement back to them.
func (n *NoticeService) AppealAcknowledgement(a domain.Appeal, c domain.Citation) (string, error) {
	body := appealAckHeader + "\nYour statement:\n\n" + a.Statement + "\n" + appealAckFooter
	tpl, err := texttemplate.New("appeal-ack").Funcs(n.funcs).Parse(body) // VULN ssti
	if err != nil {
		return "", fmt.Errorf("appeal letter: %w", err)
	}
	var buf bytes.Buffer
	if err := tpl.Execute(&buf, ackData{Settings: n.cfg, Appeal: a, Citation: c, Now: time.Now()}); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// Receipt renders the plain-text receipt e-mailed after a payment.
func (n *NoticeService) Receipt(c domain.Citation, p domain.Payment) (string, error) {
	tpl, err := texttemplate.New("receipt").Funcs(n.funcs).Parse(receiptTemplate) // SAFE ssti
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	err = tpl.Execute(&buf, map[string]any{"Citation": c, "Payment": p})
	return buf.String(), err
}

// PrintLateNotices renders notices for the given citations and sends them to a CUPS queue.
func (n *NoticeService) PrintLateNotices(ctx context.Context, printer string, ids []int64) (int, error) {
	cits, err := n.citations.ListByIDs(ctx, ids)
	if err != nil {
		return 0, err
	}
	spool := filepath.Join(n.cfg.PrintSpoolDir, time.Now().Format("20060102-150405"))
	if err := os.MkdirAll(spool, 0o750); err != nil {
		return 0, err
	}
	var files []string
	for _, c := range cits {
		if c.Status != domain.CitationOpen || time.Now().Before(c.DueAt) {
			continue
		}
		path := filepath.Join(spool, fmt.Sprintf("notice-%d.txt", c.ID))
		f, err := os.Create(path)
		if err != nil {
			return 0, err
		}
		err = n.lateNotice.Execute(f, c)
		f.Close()
		if err != nil {
			return 0, err
		}
		files = append(files, path)
	}
	if len(files) == 0 {
		return 0, nil
	}
	out, err := exec.CommandContext(ctx, "sh", "-c", "lp -d "+printer+" -o media=Letter "+strings.Join(files, " ")).CombinedOutput() // VULN cmdi
	if err != nil {
		return 0, fmt.Errorf("lp: %v: %s", err, out)
	}
	return len(files), nil
}

// PrinterStatus reports the CUPS status line of a print station.
func (n *NoticeService) PrinterStatus(ctx context.Context, printer string) (string, error) {
	if err := validate.PrinterName(printer); err != nil {
		return "", fmt.Errorf("printer %q: %w", printer, err)
	}
	out, err := exec.CommandContext(ctx, "sh", "-c", "lpstat -p "+printer+" -l").Output() // SAFE cmdi
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(out)), nil
}
