package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"os/exec"
	"strings"

	"github.com/nats-io/nats.go"
	"github.com/segmentio/kafka-go"
)

// a broker's delivery carries what the publishing endpoint took from a request

type statusChanged struct {
	IncidentID int64  `json:"incident_id"`
	Actor      string `json:"actor"`
	Callback   string `json:"callback"`
}

type auditWorker struct {
	db *sql.DB
}

func (w *auditWorker) onStatus(m *nats.Msg) {
	var ev statusChanged
	if err := json.Unmarshal(m.Data, &ev); err != nil {
		return
	}
	// ruleid: trace.go.sql-injection.tainted-query
	w.db.Exec("INSERT INTO audit (incident, actor) VALUES ($1, '" + ev.Actor + "')", ev.IncidentID)
	// ok: trace.go.sql-injection.tainted-query
	w.db.Exec("INSERT INTO audit (incident, actor) VALUES ($1, $2)", ev.IncidentID, ev.Actor)
	// ruleid: trace.go.ssrf.tainted-url
	http.Post(ev.Callback, "application/json", strings.NewReader("{}"))
}

func consumeLabels(ctx context.Context, r *kafka.Reader) error {
	for {
		msg, err := r.FetchMessage(ctx)
		if err != nil {
			return err
		}
		printer := string(msg.Value)
		// ruleid: trace.go.command-injection.tainted-command
		exec.Command("sh", "-c", "lp -d "+printer+" label.pdf").Run()
		// ok: trace.go.command-injection.tainted-command
		exec.Command("lp", "-d", "default", "label.pdf").Run()
	}
}
