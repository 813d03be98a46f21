package worker

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"mime"
	"net/smtp"
	"time"

	"github.com/voltpark/platform/internal/events"
	"github.com/voltpark/platform/internal/models"
	"github.com/voltpark/platform/internal/render"
	"github.com/voltpark/platform/internal/repository"
)

// NotifyJob mails the open-ticket digest to the fleet's billing contact
// whenever a new maintenance ticket is opened.
type NotifyJob struct {
	tickets  *repository.TicketStore
	fleet    *repository.FleetRepo
	renderer *render.Renderer
	relay    string
	from     string
}

func NewNotifyJob(tickets *repository.TicketStore, fleet *repository.FleetRepo, renderer *render.Renderer, relay, from string) *NotifyJob {
	return &NotifyJob{tickets: tickets, fleet: fleet, renderer: renderer, relay: relay, from: from}
}

func (j *NotifyJob) HandleTicketCreated(ctx context.Context, env events.Envelope) error {
	var evt events.TicketCreated
	if err := json.Unmarshal(env.Payload, &evt); err != nil {
		return permanent("decode ticket event: %v", err)
	}
	acct, err := j.fleet.GetAccount(ctx, evt.FleetAccountID)
	if err != nil {
		return err
	}
	if acct.BillingEmail == "" {
		return nil
	}
	open, err := j.tickets.ListForAccount(ctx, evt.FleetAccountID, models.TicketOpen, "", 50)
	if err != nil {
		return err
	}

	var body bytes.Buffer
	if err := j.renderer.TicketDigest(&body, render.TicketDigestView{AccountName: acct.Name, Tickets: open, GeneratedAt: time.Now()}); err != nil {
		return permanent("render digest: %v", err)
	}

	var msg bytes.Buffer
	fmt.Fprintf(&msg, "From: Voltpark <%s>\r\n", j.from)
	fmt.Fprintf(&msg, "To: %s\r\n", acct.BillingEmail)
	fmt.Fprintf(&msg, "Subject: %s\r\n", mime.QEncoding.Encode("utf-8", "New maintenance ticket "+evt.Reference))
	msg.WriteString("MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n")
	msg.Write(body.Bytes())

	return smtp.SendMail(j.relay, nil, j.from, []string{acct.BillingEmail}, msg.Bytes())
}
